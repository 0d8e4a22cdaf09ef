// Property test: counting from the index of starts gives, bucket for bucket, what counting
// each event one by one gives.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { STATUSES } from '../../../shared/model'
import { FIXTURE_TRACK_IDS as TRACKS } from '../test-support/data-fixtures'
import type { TimeBucket } from '../../../shared/store'
import { countInBuckets, StartIndex, type BucketedEvent } from './time-buckets'

const DAY = 86_400_000

/** The same counts, the slow way: each event in its bucket of width `size`. */
function countEachEvent(events: readonly BucketedEvent[], size: number): TimeBucket[] {
  const counts = new Map<string, TimeBucket>()
  for (const { startMs, event } of events) {
    const slot = Math.floor(startMs / size)
    const key = `${slot}|${event.track}`
    const bucket = counts.get(key) ?? {
      track: event.track,
      start: new Date(slot * size).toISOString(),
      end: new Date((slot + 1) * size).toISOString(),
      count: 0,
      statuses: { confirmed: 0, reported: 0, disputed: 0, denied: 0 },
    }
    bucket.count += 1
    bucket.statuses[event.status] += 1
    counts.set(key, bucket)
  }
  return [...counts.values()].sort(
    (a, b) => a.start.localeCompare(b.start) || a.track.localeCompare(b.track),
  )
}

// Starts on whole days, so many fall exactly on bucket edges and on the window's edges.
const event = fc.record({
  startMs: fc.integer({ min: 0, max: 2000 }).map((day) => day * DAY),
  event: fc.record({ track: fc.constantFrom(...TRACKS), status: fc.constantFrom(...STATUSES) }),
})

describe('counting events in time buckets', () => {
  it('counts from the index what counting each event finds', () => {
    fc.assert(
      fc.property(
        fc.array(event, { maxLength: 300 }),
        fc.array(event, { maxLength: 5 }),
        fc.integer({ min: 0, max: 2000 }),
        fc.integer({ min: 1, max: 2000 }),
        fc.boolean(),
        fc.integer({ min: 200, max: 2000 }),
        (events, before, fromDay, days, onEdge, widthPx) => {
          const from = fromDay * DAY + (onEdge ? 0 : 1234)
          const to = from + days * DAY
          const sorted = [...events].sort((a, b) => a.startMs - b.startMs)
          const buckets = countInBuckets(new StartIndex(sorted, TRACKS), before, {
            from,
            to,
            visibleMs: (to - from) / 2.5,
            widthPx,
          })
          const inWindow = sorted.filter((e) => e.startMs >= from && e.startMs <= to)
          expect(buckets.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(
            inWindow.length + before.length,
          )
          if (buckets.length === 0) return
          const size = Date.parse(buckets[0]!.end) - Date.parse(buckets[0]!.start)
          expect(buckets).toEqual(countEachEvent([...before, ...inWindow], size))
        },
      ),
      { numRuns: 500 },
    )
  })

  it('makes each count about as wide as its label, on lanes of a usual width', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 640, max: 2560 }),
        fc.integer({ min: 1, max: 20 * 365 }),
        (widthPx, visibleDays) => {
          const visibleMs = visibleDays * DAY
          const [bucket] = countInBuckets(
            new StartIndex(
              [{ startMs: DAY, event: { track: TRACKS[0]!, status: 'reported' } }],
              TRACKS,
            ),
            [],
            { from: 0, to: visibleMs, visibleMs, widthPx },
          )
          const sizePx =
            ((Date.parse(bucket!.end) - Date.parse(bucket!.start)) / visibleMs) * widthPx
          // "85 events · 40 contested" is 164 px at the chips' 12 px; the nice sizes are at most
          // 3.5 times apart (weeks to 2 days).
          expect(sizePx).toBeGreaterThanOrEqual(160)
          expect(sizePx).toBeLessThan(160 * 3.5)
        },
      ),
      { numRuns: 500 },
    )
  })
})
