import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { coverEndMs, coverStartMs, eventCover, lastCoveredMs } from './date-span'

const HOUR = 3_600_000

describe('what a date value covers', () => {
  // Berlin moves its clocks forward on 30 March 2025 and back on 26 October 2025.
  beforeEach(() => vi.stubEnv('TZ', 'Europe/Berlin'))
  afterEach(() => vi.unstubAllEnvs())

  it('covers a whole day for a day-precision date, from UTC or local midnight', () => {
    const utc = eventCover({ start: '2025-08-15' }, 'utc')
    expect(utc).toEqual({ start: Date.UTC(2025, 7, 15), end: Date.UTC(2025, 7, 16) })
    const local = eventCover({ start: '2025-08-15' }, 'local')
    expect(local).toEqual({
      start: new Date(2025, 7, 15).getTime(),
      end: new Date(2025, 7, 16).getTime(),
    })
    expect(local.start - utc.start).toBe(-2 * HOUR)
    expect(lastCoveredMs('2025-08-15', 'utc')).toBe(Date.UTC(2025, 7, 16) - 1)
  })

  it('steps local days by the calendar across a change to and from summer time', () => {
    const spring = eventCover({ start: '2025-03-30' }, 'local')
    expect(spring.end - spring.start).toBe(23 * HOUR)
    const autumn = eventCover({ start: '2025-10-26' }, 'local')
    expect(autumn.end - autumn.start).toBe(25 * HOUR)
    expect(lastCoveredMs('2025-10-26', 'local')).toBe(new Date(2025, 9, 27).getTime() - 1)
    // UTC days are always 24 hours.
    const utc = eventCover({ start: '2025-03-30' }, 'utc')
    expect(utc.end - utc.start).toBe(24 * HOUR)
  })

  it('covers month and approximate dates as calendar dates, to the end of the last day', () => {
    // A month-precision event is stored as the calendar dates it runs between.
    const month = eventCover({ start: '2025-03-01', end: '2025-03-31' }, 'local')
    expect(month.start).toBe(new Date(2025, 2, 1).getTime())
    expect(month.end).toBe(new Date(2025, 3, 1).getTime())
    // 31 days less the hour lost to summer time.
    expect(month.end - month.start).toBe(31 * 24 * HOUR - HOUR)
    const approximate = eventCover({ start: '2025-10-20', end: '2025-10-31' }, 'utc')
    expect(approximate.end).toBe(Date.UTC(2025, 10, 1))
  })

  it('takes an exact date as its instant, whatever the frame', () => {
    const at = '2025-10-26T01:30:00+02:00'
    expect(coverStartMs(at, 'local')).toBe(Date.parse(at))
    expect(coverEndMs(at, 'utc')).toBe(Date.parse(at))
    expect(lastCoveredMs(at, 'local')).toBe(Date.parse(at))
    const meeting = eventCover({ start: at, end: '2025-10-26T04:30:00+01:00' }, 'local')
    expect(meeting.end - meeting.start).toBe(4 * HOUR)
    // An end before its start is taken as the start.
    expect(eventCover({ start: at, end: '2025-10-24' }, 'utc').end).toBe(Date.parse(at))
  })
})
