import { TRACKS, type Status, type Track } from '../../../shared/model'
import type { TimeBucket } from '../../../shared/store'

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
const TRACK_COUNT = TRACKS.length
const TRACK_INDEX = Object.fromEntries(TRACKS.map((track, i) => [track, i])) as Record<
  Track,
  number
>

/** About one bucket per this many pixels: room for "123 events · 4 contested" to be read. */
const PX_PER_BUCKET = 90

export interface BucketedEvent {
  startMs: number
  event: { track: Track; status: Status }
}

/**
 * Counts events per track in aligned time buckets. Buckets are aligned to multiples of their
 * width, so panning does not make them jump, and sized so there are about as many as the
 * window has room for.
 */
export function bucketize(
  events: readonly BucketedEvent[],
  visibleMs: number,
  widthPx: number,
): TimeBucket[] {
  const wanted = visibleMs / Math.max(4, widthPx / PX_PER_BUCKET)
  const size = NICE_SIZES.find((s) => s >= wanted) ?? NICE_SIZES[NICE_SIZES.length - 1]!
  // Numeric keys (slot and track) keep this loop cheap at tens of thousands of events.
  const counts = new Map<number, TimeBucket>()
  for (const { startMs, event } of events) {
    const slot = Math.floor(startMs / size)
    const key = slot * TRACK_COUNT + TRACK_INDEX[event.track]
    let bucket = counts.get(key)
    if (!bucket) {
      bucket = {
        track: event.track,
        start: new Date(slot * size).toISOString(),
        end: new Date((slot + 1) * size).toISOString(),
        count: 0,
        statuses: { confirmed: 0, reported: 0, disputed: 0, denied: 0 },
      }
      counts.set(key, bucket)
    }
    bucket.count += 1
    bucket.statuses[event.status] += 1
  }
  return [...counts.values()].sort(
    (a, b) => a.start.localeCompare(b.start) || a.track.localeCompare(b.track),
  )
}
