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

const dayFormatter = new Intl.DateTimeFormat(navigator.language, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
})

const timestampFormatter = new Intl.DateTimeFormat(navigator.language, {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
})

/** A day as the reader writes it ("15 Aug 2025"). */
export function formatDay(date: Date): string {
  return dayFormatter.format(date)
}

/**
 * A window of time, to the minute when it is shorter than three days. The formatters are made
 * once: the readout is formatted at every range change, and making one costs milliseconds.
 */
export function formatRange(start: Date, end: Date): string {
  const span = end.getTime() - start.getTime()
  const formatter = span < 3 * 86_400_000 ? timestampFormatter : dayFormatter
  return `${formatter.format(start)} – ${formatter.format(end)}`
}

/** When the user wrote or edited something, in their own zone. */
export function formatTimestamp(iso: string): string {
  return timestampFormatter.format(new Date(iso))
}
