import { STATUSES, type Status, type Track } from '../../../shared/model'
import type { TimeBucket } from '../../../shared/store'
import { insertionPoint } from './sorted-search'

/**
 * Above this many events in a window (margins included, so about 60 on screen), the timeline
 * draws per-track counts instead: more labels than that only overlap, and every drawn item
 * costs vis-timeline layout time in each zoom step.
 */
export const ITEM_LIMIT = 150

const HOUR = 3_600_000
const DAY = 24 * HOUR
/** Bucket widths that read naturally on an axis. */
const NICE_SIZES = [
  HOUR,
  3 * HOUR,
  6 * HOUR,
  12 * HOUR,
  DAY,
  2 * DAY,
  7 * DAY,
  14 * DAY,
  30 * DAY,
  91 * DAY,
  182 * DAY,
  365 * DAY,
  730 * DAY,
  1826 * DAY,
]
const STATUS_COUNT = STATUSES.length
const STATUS_INDEX = Object.fromEntries(STATUSES.map((status, i) => [status, i])) as Record<
  Status,
  number
>

/**
 * About one bucket per this many pixels (a bucket is this wide or up to a nice size wider): about
 * the width of a count's label ("85 events · 40 contested" is 164 px at the chips' 12 px), so a
 * label mostly sits in its own box. At 90 px the labels ran over the next boxes, and a zoom step
 * at 40 tracks laid out nearly twice the chips.
 */
const PX_PER_BUCKET = 160

export interface BucketedEvent {
  startMs: number
  event: { track: Track; status: Status }
}

/** The bucket width for a window `visibleMs` long on lanes `widthPx` wide. */
function bucketSize(visibleMs: number, widthPx: number): number {
  const wanted = visibleMs / Math.max(4, widthPx / PX_PER_BUCKET)
  return NICE_SIZES.find((s) => s >= wanted) ?? NICE_SIZES[NICE_SIZES.length - 1]!
}

/**
 * The start times of a set of events (given in time order), per track and status, so that
 * how many began in a stretch of time is two binary searches, however many events there are.
 */
export class StartIndex {
  /** One sorted list per track and status, at `slot(track, status)`. */
  private readonly starts: number[][]
  /** Each track's place among the timeline's tracks. */
  readonly trackIndex: ReadonlyMap<Track, number>

  constructor(
    events: Iterable<BucketedEvent>,
    readonly tracks: readonly Track[],
  ) {
    this.trackIndex = new Map(tracks.map((track, i) => [track, i]))
    this.starts = Array.from({ length: tracks.length * STATUS_COUNT }, () => [])
    for (const { startMs, event } of events)
      this.starts[this.slot(event.track, event.status)]?.push(startMs)
  }

  /** Built from columns (a timeline file's store): no object per event. */
  static fromColumns(
    positions: ArrayLike<number>,
    columns: { startMs: ArrayLike<number>; track: readonly Track[]; status: readonly string[] },
    tracks: readonly Track[],
  ): StartIndex {
    const index = new StartIndex([], tracks)
    for (let i = 0; i < positions.length; i += 1) {
      const p = positions[i]!
      index.starts[index.slot(columns.track[p]!, columns.status[p] as Status)]?.push(
        columns.startMs[p]!,
      )
    }
    return index
  }

  /** Numeric, not a string key: building the index for 50,000 events stays a few ms. */
  private slot(track: Track, status: Status): number {
    return (this.trackIndex.get(track) ?? -1) * STATUS_COUNT + STATUS_INDEX[status]
  }

  /** How many began at or after `from` and before `to` (or at `to`, when `toIncluded`). */
  count(track: Track, status: Status, from: number, to: number, toIncluded: boolean): number {
    const list = this.starts[this.slot(track, status)] ?? []
    const at = (i: number): number => list[i]!
    return (
      insertionPoint(list.length, at, to, toIncluded) - insertionPoint(list.length, at, from, false)
    )
  }
}

/**
 * Counts events per track in aligned time buckets, over the window from `from` to `to` (its
 * margins included): the events that began in it, counted from the index, and `before`, the
 * events that began earlier and reach into it. Buckets are aligned to multiples of their
 * width, so panning does not make them jump, and sized so there are about as many as the
 * visible window (`visibleMs` long, on lanes `widthPx` wide) has room for.
 */
export function countInBuckets(
  index: StartIndex,
  before: readonly BucketedEvent[],
  window: { from: number; to: number; visibleMs: number; widthPx: number },
): TimeBucket[] {
  const { from, to } = window
  const size = bucketSize(window.visibleMs, window.widthPx)
  // Numeric keys (slot and track) keep the lookups cheap.
  const counts = new Map<number, TimeBucket>()
  const add = (slot: number, track: Track, status: Status, count: number): void => {
    const key = slot * index.tracks.length + (index.trackIndex.get(track) ?? 0)
    let bucket = counts.get(key)
    if (!bucket) {
      bucket = {
        track,
        start: new Date(slot * size).toISOString(),
        end: new Date((slot + 1) * size).toISOString(),
        count: 0,
        statuses: { confirmed: 0, reported: 0, disputed: 0, denied: 0 },
      }
      counts.set(key, bucket)
    }
    bucket.count += count
    bucket.statuses[status] += count
  }
  for (const { startMs, event } of before)
    add(Math.floor(startMs / size), event.track, event.status, 1)
  for (let slot = Math.floor(from / size); slot * size <= to; slot += 1) {
    const slotEnd = (slot + 1) * size
    const last = slotEnd > to
    for (const track of index.tracks) {
      for (const status of STATUSES) {
        const count = index.count(
          track,
          status,
          Math.max(from, slot * size),
          last ? to : slotEnd,
          last,
        )
        if (count > 0) add(slot, track, status, count)
      }
    }
  }
  return [...counts.values()].sort(
    (a, b) => a.start.localeCompare(b.start) || a.track.localeCompare(b.track),
  )
}
