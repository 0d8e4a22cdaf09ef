/**
 * One way to say what stretch of time a stored date value covers. A calendar date (day, month
 * and approximate precision, `YYYY-MM-DD`) covers its whole day; an exact date (a time with its
 * offset) is that instant. Where a day begins depends on the frame: the store and the report
 * count calendar dates from UTC midnight, the reader's axis from local midnight, so a date sits
 * on its own day there. Days are stepped by the calendar, never by 24 hours: across a change to
 * or from summer time a local day is 23 or 25 hours long.
 */

/** Where calendar dates begin: at UTC midnight (store, report) or at local midnight (screen). */
export type DateFrame = 'utc' | 'local'

function isCalendarDate(value: string): boolean {
  return value.length === 10
}

function midnight(value: string, frame: DateFrame, addDays: number): number {
  const [year, month, day] = value.split('-').map(Number)
  const y = year ?? 1970
  const m = (month ?? 1) - 1
  const d = (day ?? 1) + addDays
  return frame === 'utc' ? Date.UTC(y, m, d) : new Date(y, m, d).getTime()
}

/** The first moment a date value covers: its midnight in `frame`, or the exact instant. */
export function coverStartMs(value: string, frame: DateFrame): number {
  return isCalendarDate(value) ? midnight(value, frame, 0) : Date.parse(value)
}

/**
 * Where a date value's cover ends, exclusive: the next midnight in `frame` for a calendar date,
 * the instant itself for an exact one.
 */
export function coverEndMs(value: string, frame: DateFrame): number {
  return isCalendarDate(value) ? midnight(value, frame, 1) : Date.parse(value)
}

/** The last moment a date value covers, inclusive: a millisecond before the next midnight. */
export function lastCoveredMs(value: string, frame: DateFrame): number {
  return isCalendarDate(value) ? midnight(value, frame, 1) - 1 : Date.parse(value)
}

/** The stretch an event covers, from its start to the end (exclusive) of its last date. */
export function eventCover(
  event: { start: string; end?: string | undefined },
  frame: DateFrame,
): { start: number; end: number } {
  const start = coverStartMs(event.start, frame)
  return { start, end: Math.max(start, coverEndMs(event.end ?? event.start, frame)) }
}
