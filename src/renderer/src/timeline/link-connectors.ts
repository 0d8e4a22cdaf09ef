import type { LinkKind, LinkPair } from '../../../shared/links'

/** A box on the screen, in pixels from one origin. */
export interface Box {
  left: number
  top: number
  right: number
  bottom: number
}

/** One connector to draw between two events' chips. */
export interface Connector {
  /** The two events, in the order of the first link between them. */
  from: string
  to: string
  /** "contradicts" when any link between them says so, else the first link's kind. */
  kind: LinkKind
  /** The SVG path, in the same pixels as the boxes. */
  path: string
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top
}

/** Where a connector meets a chip: on its date (the chip's left edge), half way down. */
interface Point {
  x: number
  y: number
}

function anchor(box: Box): Point {
  return { x: box.left + 4, y: (box.top + box.bottom) / 2 }
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}

/**
 * An arc from one chip's date to the other's that clears the chips between: over them when the
 * two are further apart in time than in rows, else out to the left (labels run to the right),
 * bowed more the further apart they are.
 */
function arc(start: Point, end: Point, view: Box): string {
  const dx = Math.abs(end.x - start.x)
  const dy = Math.abs(end.y - start.y)
  const to = `${round(end.x)} ${round(end.y)}`
  if (dx >= dy) {
    const top = Math.max(view.top, Math.min(start.y, end.y) - Math.min(80, 14 + dx / 4))
    return `M${round(start.x)} ${round(start.y)} C${round(start.x)} ${round(top)} ${round(end.x)} ${round(top)} ${to}`
  }
  const left = Math.max(view.left, Math.min(start.x, end.x) - Math.min(80, 18 + dy / 4))
  return `M${round(start.x)} ${round(start.y)} C${round(left)} ${round(start.y)} ${round(left)} ${round(end.y)} ${to}`
}

/**
 * The connectors for the links whose both events are drawn and in view: one per pair of events
 * (two links between them share it), each an arc over the two chips' dates.
 */
export function connectorsBetween(
  pairs: readonly LinkPair[],
  boxOf: (eventId: string) => Box | null,
  view: Box,
): Connector[] {
  const byPair = new Map<string, Connector>()
  for (const pair of pairs) {
    if (pair.fromEventId === pair.toEventId) continue
    const key = [pair.fromEventId, pair.toEventId].sort().join('\n')
    const known = byPair.get(key)
    if (known) {
      if (pair.kind === 'contradicts') known.kind = 'contradicts'
      continue
    }
    const a = boxOf(pair.fromEventId)
    const b = boxOf(pair.toEventId)
    if (!a || !b || !overlaps(a, view) || !overlaps(b, view)) continue
    const path = arc(anchor(a), anchor(b), view)
    byPair.set(key, { from: pair.fromEventId, to: pair.toEventId, kind: pair.kind, path })
  }
  return [...byPair.values()]
}
