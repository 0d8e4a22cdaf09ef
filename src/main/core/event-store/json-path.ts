/** Renders a path into a JSON document the way a reader finds it: `events[3].claims[0].sourceId`. */
export function formatJsonPath(segments: ReadonlyArray<PropertyKey>): string {
  let path = ''
  for (const segment of segments) {
    if (typeof segment === 'number') path += `[${segment}]`
    else path += path === '' ? String(segment) : `.${String(segment)}`
  }
  return path === '' ? '(whole file)' : path
}
