import type { TimelineWindow, WindowQuery } from '../../../shared/store'
import { WINDOW_MARGIN_SCREENS } from '../../../shared/vocabulary'
import type { Matching } from './event-store'
import { lowerBound, toSummary } from './indexed-event'
import type { NotesOverlay } from './store-basics'
import { countInBuckets, ITEM_LIMIT, type StartIndex } from './time-buckets'

/**
 * What the timeline draws for a window of the in-memory store: the events themselves when few
 * enough overlap it (margins included), else per-track counts in time buckets.
 */
export function answerWindow(
  matching: Matching,
  request: WindowQuery,
  notes: NotesOverlay,
  buildStartIndex: () => StartIndex,
): TimelineWindow {
  const { entries, maxSpanMs } = matching
  const first = entries[0]
  const extent =
    first === undefined
      ? null
      : {
          start: new Date(first.startMs).toISOString(),
          end: new Date(matching.maxEndMs).toISOString(),
        }
  if (!extent) return { extent: null, total: 0, inWindow: 0, items: [], buckets: [] }
  const startMs = request.start === undefined ? Date.parse(extent.start) : Date.parse(request.start)
  const endMs = request.end === undefined ? Date.parse(extent.end) : Date.parse(request.end)
  // A margin each side, so a pan finds its events already drawn.
  const margin = (endMs - startMs) * WINDOW_MARGIN_SCREENS
  const from = startMs - margin
  const to = endMs + margin
  // Events that began before the window (margins included) and reach into it, then those
  // that begin in it: found by binary search, so a window costs what it shows, not N.
  const windowStart = lowerBound(entries, from)
  const windowEnd = lowerBound(entries, to, true)
  const before = entries
    .slice(lowerBound(entries, from - maxSpanMs), windowStart)
    .filter((entry) => entry.endMs >= from)
  const inWindow = before.length + windowEnd - windowStart
  if (inWindow <= ITEM_LIMIT) {
    return {
      extent,
      total: entries.length,
      inWindow,
      items: [...before, ...entries.slice(windowStart, windowEnd)].map(({ event }) =>
        toSummary(event, notes),
      ),
      buckets: [],
    }
  }
  matching.startIndex ??= buildStartIndex()
  return {
    extent,
    total: entries.length,
    inWindow,
    items: [],
    buckets: countInBuckets(matching.startIndex, before, {
      from,
      to,
      visibleMs: endMs - startMs,
      widthPx: request.widthPx,
    }),
  }
}
