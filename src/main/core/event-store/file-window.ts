import type { EventSummary, TimelineWindow, WindowQuery } from '../../../shared/store'
import { WINDOW_MARGIN_SCREENS } from '../../../shared/vocabulary'
import type { TimeColumns } from '../timeline/timeline-queries'
import { bucketedAt } from './column-edits'
import { insertionPoint } from './sorted-search'
import { countInBuckets, ITEM_LIMIT, StartIndex } from './time-buckets'

/** The events matching a query, as a window of a timeline file reads them. */
export interface WindowMatching {
  /** Their positions in the time columns, in time order. */
  positions: Int32Array
  maxSpanMs: number
  maxEndMs: number
  /** Their starts per track and status, built for the first window drawn as counts. */
  startIndex?: StartIndex
}

/**
 * What the timeline draws for a window of a timeline file: the events themselves when few
 * enough overlap it (with a margin either side), else per-track counts in time buckets.
 */
export function fileWindow(
  matching: WindowMatching,
  request: WindowQuery,
  columns: TimeColumns,
  trackIds: () => string[],
  summaries: (positions: readonly number[]) => EventSummary[],
): TimelineWindow {
  const { positions, maxSpanMs } = matching
  const { startMs, endMs } = columns
  if (positions.length === 0) return { extent: null, total: 0, inWindow: 0, items: [], buckets: [] }
  const extent = {
    start: new Date(startMs[positions[0]!]!).toISOString(),
    end: new Date(matching.maxEndMs).toISOString(),
  }
  const from0 = request.start === undefined ? Date.parse(extent.start) : Date.parse(request.start)
  const to0 = request.end === undefined ? Date.parse(extent.end) : Date.parse(request.end)
  const margin = (to0 - from0) * WINDOW_MARGIN_SCREENS
  const from = from0 - margin
  const to = to0 + margin
  const startAt = (i: number) => startMs[positions[i]!]!
  const windowStart = insertionPoint(positions.length, startAt, from, false)
  const windowEnd = insertionPoint(positions.length, startAt, to, true)
  const before: number[] = []
  for (
    let i = insertionPoint(positions.length, startAt, from - maxSpanMs, false);
    i < windowStart;
    i += 1
  ) {
    if (endMs[positions[i]!]! >= from) before.push(positions[i]!)
  }
  const inWindow = before.length + windowEnd - windowStart
  const total = positions.length
  if (inWindow <= ITEM_LIMIT) {
    const shown = [...before, ...positions.subarray(windowStart, windowEnd)]
    return { extent, total, inWindow, items: summaries(shown), buckets: [] }
  }
  matching.startIndex ??= StartIndex.fromColumns(positions, columns, trackIds())
  const buckets = countInBuckets(matching.startIndex, bucketedAt(columns, before), {
    from,
    to,
    visibleMs: to0 - from0,
    widthPx: request.widthPx,
  })
  return { extent, total, inWindow, items: [], buckets }
}
