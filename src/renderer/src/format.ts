import { format } from 'date-fns'
import {
  formatClaimDates,
  formatEventDate,
  resolveDateLocale,
  type ClaimDatesDisplay,
  type DateDisplay,
} from '../../shared/date-display'
import { coverStartMs } from '../../shared/date-span'
import type { DatePrecision } from '../../shared/model'

const locale = resolveDateLocale(navigator.language)
const readerTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone

/** Zoned dates cost tens of microseconds each; a zoom step labels hundreds of chips again. */
const displayedDates = new Map<string, DateDisplay>()
const DISPLAYED_DATES_KEPT = 20_000

/** An event's date as this reader should see it: their locale, their zone beside the event's. */
export function displayDate(event: {
  start: string
  end?: string | undefined
  precision: DatePrecision
  timeZone?: string | undefined
}): DateDisplay {
  const key = `${event.start}|${event.end ?? ''}|${event.precision}|${event.timeZone ?? ''}`
  const known = displayedDates.get(key)
  if (known) return known
  const display = formatEventDate(event, { locale, readerTimeZone })
  if (displayedDates.size >= DISPLAYED_DATES_KEPT) displayedDates.clear()
  displayedDates.set(key, display)
  return display
}

/** When a claim was reported and read, in this reader's locale. */
export function claimDates(claim: {
  reported?: string | undefined
  readOn: string
}): ClaimDatesDisplay {
  return formatClaimDates(claim, { locale, readerTimeZone })
}

/** Calendar dates become local midnights, so they sit on their own day on the reader's axis. */
export function toAxisDate(value: string): Date {
  return new Date(coverStartMs(value, 'local'))
}

/** A day as the reader writes it ("15 Aug 2025"), as the event dates write theirs. */
export function formatDay(date: Date): string {
  return format(date, 'PP', { locale })
}

/**
 * A window of time, to the minute when it is shorter than three days, in the words of the
 * event dates (Intl's en-GB would write "Sept" beside the list's and the axis' "Sep").
 */
export function formatRange(start: Date, end: Date): string {
  const pattern = end.getTime() - start.getTime() < 3 * 86_400_000 ? 'PP, HH:mm' : 'PP'
  return `${format(start, pattern, { locale })} – ${format(end, pattern, { locale })}`
}

/** When the user wrote or edited something, in their own zone. */
export function formatTimestamp(iso: string): string {
  return format(new Date(iso), 'PP, HH:mm', { locale })
}
