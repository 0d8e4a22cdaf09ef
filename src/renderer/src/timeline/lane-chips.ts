import { type Track } from '../../../shared/vocabulary'
import { trackIds } from '../timeline-tracks'
import type { LaneHost } from './timeline-ports'

/**
 * The lanes' heights, asked of the lanes' host. Each layer asks for the room its chips need; a
 * lane is as tall as the most any layer asks.
 */
export class LaneHeights {
  private asked = new Map<Track, Map<object, number>>()

  constructor(private readonly host: LaneHost) {}

  set(layer: object, track: Track, heightPx: number): void {
    const asked = this.asked.get(track) ?? new Map<object, number>()
    this.asked.set(track, asked)
    asked.set(layer, heightPx)
    this.host.setLaneHeight(track, Math.max(0, ...asked.values()))
  }

  /** The most the other layers ask of a lane's height. */
  askedByOthers(layer: object, track: Track): number {
    const asked = this.asked.get(track)
    if (!asked) return 0
    return Math.max(0, ...[...asked].filter(([by]) => by !== layer).map(([, px]) => px))
  }
}

/** One layer's chips in the lanes: a container of its own in each lane. */
export class LaneChips {
  private rows = new Map<Track, HTMLElement>()

  constructor(
    private readonly host: LaneHost,
    private readonly rowClass: string,
  ) {}

  /**
   * Makes the lane's container hold these chips, in this (time) order, so Tab goes through
   * them as they read. Chips that stay are not moved: moving one would drop its focus.
   */
  show(track: Track, chips: readonly HTMLElement[]): void {
    if (chips.length === 0 && !this.rows.has(track)) return
    const row = this.row(track)
    if (!row) return
    const keep = new Set(chips)
    for (const child of [...row.children]) {
      if (!keep.has(child as HTMLElement)) child.remove()
    }
    let cursor = row.firstElementChild
    for (const chip of chips) {
      if (chip === cursor) cursor = cursor.nextElementSibling
      else row.insertBefore(chip, cursor)
    }
  }

  /**
   * Shifts all of a lane's chips sideways, as a pan does. An empty row is left as it is: most
   * lanes are out of sight and hold nothing, and restyling their rows at every step cost a
   * zoom step about a millisecond. A row is shifted again whenever it is shown.
   */
  shift(track: Track, px: number): void {
    const row = this.rows.get(track)
    if (!row?.firstElementChild) return
    const transform = px === 0 ? '' : `translateX(${px}px)`
    if (row.style.transform !== transform) row.style.transform = transform
  }

  /** The container of a lane's chips, made in the lane when first needed. */
  private row(track: Track): HTMLElement | null {
    const known = this.rows.get(track)
    if (known?.isConnected) return known
    const lane = this.host.laneElement(track)
    if (!lane) return null
    const row = document.createElement('div')
    row.className = `lane-chips ${this.rowClass}`
    lane.append(row)
    this.rows.set(track, row)
    return row
  }
}

/** A chip one of our layers draws, built when it first comes into view. */
export interface DrawnChip {
  /** What it shows; a chip whose signature changes is built anew. */
  signature: string
  element: HTMLElement | null
}

/** How a layer makes and sorts its chips from what the core answered. */
export interface ChipKind<T, D extends DrawnChip> {
  signatureOf(item: T): string
  make(id: string, item: T, signature: string): D
  trackOf(chip: D): Track
  startOf(chip: D): number
}

/**
 * Takes `next` (by id) instead of the chips drawn: a chip that is gone or shows something
 * else leaves the page, and a new one is made (its element is built later, when in view).
 * Returns the drawn chips of each lane, in order of start (then of id, so ties keep one
 * order), or null when nothing changed.
 */
export function replaceDrawn<T, D extends DrawnChip>(
  drawn: Map<string, D>,
  next: ReadonlyMap<string, T>,
  kind: ChipKind<T, D>,
  reuse?: (chip: D) => boolean,
): Map<Track, D[]> | null {
  let changed = false
  for (const [id, chip] of drawn) {
    const item = next.get(id)
    if (!item || kind.signatureOf(item) !== chip.signature) {
      if (!reuse?.(chip)) chip.element?.remove()
      drawn.delete(id)
      changed = true
    }
  }
  for (const [id, item] of next) {
    if (drawn.has(id)) continue
    drawn.set(id, kind.make(id, item, kind.signatureOf(item)))
    changed = true
  }
  if (!changed) return null
  const lanes = new Map<Track, Array<[string, D]>>(trackIds().map((track) => [track, []]))
  for (const entry of drawn) lanes.get(kind.trackOf(entry[1]))?.push(entry)
  const byStart = ([aId, a]: [string, D], [bId, b]: [string, D]): number =>
    kind.startOf(a) - kind.startOf(b) || aId.localeCompare(bId)
  return new Map(
    [...lanes].map(([track, chips]) => [track, chips.sort(byStart).map(([, chip]) => chip)]),
  )
}
