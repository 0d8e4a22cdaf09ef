/**
 * Shows an event's date with its precision, in the reader's locale: "15 Aug 2025",
 * "Oct 2025", "late Oct 2025 (approx.)", "20 Nov 2025, 14:00 EET", and the event's own time
 * zone beside the reader's when they differ.
 */
import { TZDate } from '@date-fns/tz'
import { format, type Locale } from 'date-fns'
import { de, enGB, enUS, es, fr, it, pl, ru, tr, uk } from 'date-fns/locale'
import { coverStartMs } from './date-span'
import type { DatePrecision } from './vocabulary'

const LOCALES: Record<string, Locale> = {
  'en-GB': enGB,
  'en-US': enUS,
  de,
  fr,
  es,
  it,
  pl,
  ru,
  tr,
  uk,
}

/** The date-fns locale for a BCP 47 tag: exact match, then language, then British English. */
export function resolveDateLocale(tag: string): Locale {
  const language = tag.split('-')[0] ?? ''
  return LOCALES[tag] ?? LOCALES[language] ?? (language === 'en' ? enUS : enGB)
}

export interface DatedEvent {
  start: string
  end?: string | undefined
  precision: DatePrecision
  timeZone?: string | undefined
}

export interface DisplayOptions {
  locale: Locale
  /** The reader's own IANA time zone. */
  readerTimeZone: string
}

export interface DateDisplay {
  /** The date as a reader should read it, precision included. */
  text: string
  /** The event's local zone, e.g. "EET (Europe/Kyiv)", when it has one. */
  eventZone?: string
  /** The reader's zone, only when it differs from the event's. */
  readerZone?: string
  /** An exact time in the reader's zone, only when the zones differ. */
  readerTime?: string
}

/** A calendar date as a plain date at local midnight, so formatting never shifts its day. */
function calendarDate(value: string): Date {
  return new Date(coverStartMs(value.slice(0, 10), 'local'))
}

function dayFirst(locale: Locale): boolean {
  return format(new Date(2000, 0, 15), 'PP', { locale }).startsWith('15')
}

function formatDayRange(start: Date, end: Date, locale: Locale): string {
  const sameMonth = start.getFullYear() === end.getFullYear() && start.getMonth() === end.getMonth()
  if (start.getTime() === end.getTime()) return format(start, 'PP', { locale })
  if (sameMonth && dayFirst(locale)) {
    return `${format(start, 'd', { locale })}–${format(end, 'PP', { locale })}`
  }
  return `${format(start, 'PP', { locale })} – ${format(end, 'PP', { locale })}`
}

function partOfMonth(day: number): string {
  if (day <= 10) return 'early'
  if (day <= 20) return 'mid'
  return 'late'
}

function formatApproximate(start: Date, end: Date, locale: Locale): string {
  const sameMonth = start.getFullYear() === end.getFullYear() && start.getMonth() === end.getMonth()
  if (!sameMonth) {
    const sameYear = start.getFullYear() === end.getFullYear()
    const from = format(start, sameYear ? 'LLL' : 'LLL yyyy', { locale })
    return `${from} – ${format(end, 'LLL yyyy', { locale })} (approx.)`
  }
  const middle = Math.round((start.getDate() + end.getDate()) / 2)
  return `${partOfMonth(middle)} ${format(start, 'LLL yyyy', { locale })} (approx.)`
}

/** Building an Intl formatter costs about a millisecond; the timeline labels hundreds at once. */
const zoneNameFormats = new Map<string, Intl.DateTimeFormat>()

/** The zone's short name in the reader's language ("EET" in en-GB, "OEZ" in German). */
function zoneAbbreviation(instant: Date, timeZone: string, locale: Locale): string {
  const key = `${locale.code}|${timeZone}`
  let zoneName = zoneNameFormats.get(key)
  if (!zoneName) {
    // @date-fns/tz's tzName always speaks en-US ("GMT+2"), so ask Intl in the reader's locale.
    zoneName = new Intl.DateTimeFormat(locale.code, {
      timeZone,
      timeZoneName: 'short',
      hour: 'numeric',
    })
    zoneNameFormats.set(key, zoneName)
  }
  const parts = zoneName.formatToParts(instant)
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? timeZone
}

function formatInstant(instant: Date, timeZone: string, locale: Locale): string {
  const zoned = new TZDate(instant, timeZone)
  return `${format(zoned, 'PP, HH:mm', { locale })} ${zoneAbbreviation(instant, timeZone, locale)}`
}

function offsetMinutes(instant: Date, timeZone: string): number {
  return -new TZDate(instant, timeZone).getTimezoneOffset()
}

export function formatEventDate(event: DatedEvent, options: DisplayOptions): DateDisplay {
  const { locale, readerTimeZone } = options
  const zone = event.timeZone
  let text: string
  let instant: Date
  if (event.precision === 'exact') {
    instant = new Date(event.start)
    text = formatInstant(instant, zone ?? readerTimeZone, locale)
    if (event.end !== undefined) {
      text += ` – ${formatInstant(new Date(event.end), zone ?? readerTimeZone, locale)}`
    }
  } else {
    const start = calendarDate(event.start)
    const end = calendarDate(event.end ?? event.start)
    instant = new Date(`${event.start.slice(0, 10)}T12:00:00Z`)
    if (event.precision === 'day') text = formatDayRange(start, end, locale)
    else if (event.precision === 'month') {
      const from = format(start, 'LLL yyyy', { locale })
      const to = format(end, 'LLL yyyy', { locale })
      text = from === to ? from : `${from} – ${to}`
    } else text = formatApproximate(start, end, locale)
  }

  if (zone === undefined) return { text }
  const display: DateDisplay = {
    text,
    eventZone: `${zoneAbbreviation(instant, zone, locale)} (${zone})`,
  }
  if (offsetMinutes(instant, zone) !== offsetMinutes(instant, readerTimeZone)) {
    display.readerZone = `${zoneAbbreviation(instant, readerTimeZone, locale)} (${readerTimeZone})`
    if (event.precision === 'exact') {
      display.readerTime = formatInstant(instant, readerTimeZone, locale)
    }
  }
  return display
}

/** When a claim was reported and read, as a reader reads it. */
export interface ClaimDatesDisplay {
  /** True when no source gives the day it was reported: it was reported by the day it was read. */
  reportedBy: boolean
  /** The day it was reported, or, when no source gives it, the day it was read: "18 Nov 2025". */
  reportedDay: string
  /** The day it was read: "21 Nov 2025". */
  readDay: string
  /** Both in words: "reported 18 Nov 2025 · read 21 Nov 2025", "reported by 21 Nov 2025 · read …". */
  text: string
}

/** A claim's two days: reported on the day a source gives, else "by" the day it was read. */
export function formatClaimDates(
  claim: { reported?: string | undefined; readOn: string },
  options: DisplayOptions,
): ClaimDatesDisplay {
  const day = (value: string) => formatEventDate({ start: value, precision: 'day' }, options).text
  const reportedBy = claim.reported === undefined
  const reportedDay = day(claim.reported ?? claim.readOn)
  const readDay = day(claim.readOn)
  const reported = `${reportedBy ? 'reported by' : 'reported'} ${reportedDay}`
  return { reportedBy, reportedDay, readDay, text: `${reported} · read ${readDay}` }
}
