/** A readable id from a name: "Steve Witkoff" → "steve-witkoff"; `fallback` when none is left. */
export function slugOf(name: string, fallback: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
  return slug || fallback
}

function randomSuffix(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(4))
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('')
}

/**
 * The id of a source, actor or track made in the app. The renderer chooses it (the contract
 * saves new sources and actors with their event in one edit), so a short random suffix keeps
 * it from clashing with one already in the timeline or made in another window.
 */
export function newCatalogueId(name: string, kind: string, suffix = randomSuffix()): string {
  return `${slugOf(name, kind)}-${suffix}`
}
