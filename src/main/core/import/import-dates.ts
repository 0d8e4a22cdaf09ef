import type { DateOrder } from '../../../shared/import'
import { IsoDateSchema, IsoDateTimeSchema, type DatePrecision } from '../../../shared/model'

/** A date read from a cell: the stored value, its precision, and the end of a span it implies. */
export type ReadDate =
  | { ok: true; value: string; precision: DatePrecision; end?: string }
  | { ok: false; reason: string; ambiguous?: boolean }

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** An English month's number from its name or an abbreviation of three letters or more. */
function monthOf(word: string): number | null {
  const key = word.toLowerCase().replace(/\.$/, '')
  if (key.length < 3) return null
  const index = key === 'sept' ? 8 : MONTHS.findIndex((m) => m.startsWith(key))
  return index < 0 ? null : index + 1
}

/** A calendar day, checked to exist, or null. */
export function isoDay(year: number, month: number, day: number): string | null {
  if (year < 1 || year > 9999) return null
  const value = `${pad(year, 4)}-${pad(month)}-${pad(day)}`
  return IsoDateSchema.safeParse(value).success ? value : null
}

const notADate = (text: string): ReadDate => ({ ok: false, reason: `'${text}' is not a date` })

function day(text: string, year: number, month: number, d: number): ReadDate {
  const value = isoDay(year, month, d)
  return value === null ? notADate(text) : { ok: true, value, precision: 'day' }
}

function monthOnly(text: string, year: number, month: number): ReadDate {
  const value = isoDay(year, month, 1)
  return value === null ? notADate(text) : { ok: true, value, precision: 'month' }
}

/** A year alone covers the whole year: an approximate date from 1 January to 31 December. */
export function wholeYear(text: string, year: number): ReadDate {
  const value = isoDay(year, 1, 1)
  if (value === null) return notADate(text)
  return { ok: true, value, precision: 'approximate', end: `${pad(year, 4)}-12-31` }
}

/** `03/04/2025`: day and month both 12 or less, and not the same, read either way. */
function numericDate(text: string, a: number, b: number, year: number, order: DateOrder | null) {
  if (a > 12 && b > 12) return notADate(text)
  const readable = a > 12 ? 'dmy' : b > 12 ? 'mdy' : a === b ? 'dmy' : null
  const chosen = order ?? readable
  if (chosen === null) {
    return {
      ok: false as const,
      ambiguous: true,
      reason: `'${text}' could be read day first or month first: choose the order the file uses`,
    }
  }
  if (readable !== null && order !== null && readable !== order && a !== b) {
    const words = order === 'dmy' ? 'day/month/year' : 'month/day/year'
    return { ok: false as const, reason: `'${text}' is not a date in ${words} order` }
  }
  return chosen === 'dmy' ? day(text, year, b, a) : day(text, year, a, b)
}

/**
 * Reads a date as people write them in spreadsheets and exports: ISO (`2023-02-16`, or a time
 * with its offset), `16 May 2025`, `May 16, 2025`, `May 2025`, `2025-05`, a year alone, and
 * `03/04/2025` (with `/`, `.` or `-`), whose day/month order is never guessed when it could
 * be either: `order` must say it.
 */
export function readDate(raw: string, order: DateOrder | null): ReadDate {
  const text = raw.trim()
  if (text === '') return { ok: false, reason: 'the date is empty' }
  let m: RegExpExecArray | null
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text))) return day(text, +m[1]!, +m[2]!, +m[3]!)
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(text)) {
    const value = text.replace(' ', 'T')
    if (IsoDateTimeSchema.safeParse(value).success) return { ok: true, value, precision: 'exact' }
    if (/([zZ]|[+-]\d{2}:?\d{2})$/.test(value)) return notADate(text)
    return {
      ok: false,
      reason: `'${text}' has a time but no UTC offset (write it as e.g. 2025-11-20T14:00:00+02:00)`,
    }
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(text))) return monthOnly(text, +m[1]!, +m[2]!)
  if ((m = /^(\d{4})$/.exec(text))) return wholeYear(text, +m[1]!)
  if ((m = /^(\d{1,2})[ -]([A-Za-z]+\.?),?[ -](\d{4})$/.exec(text))) {
    const month = monthOf(m[2]!)
    return month === null ? notADate(text) : day(text, +m[3]!, month, +m[1]!)
  }
  if ((m = /^([A-Za-z]+\.?) (\d{1,2}),? (\d{4})$/.exec(text))) {
    const month = monthOf(m[1]!)
    return month === null ? notADate(text) : day(text, +m[3]!, month, +m[2]!)
  }
  if ((m = /^([A-Za-z]+\.?),? (\d{4})$/.exec(text))) {
    const month = monthOf(m[1]!)
    return month === null ? notADate(text) : monthOnly(text, +m[2]!, month)
  }
  if ((m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{2,4})$/.exec(text))) {
    if (m[4]!.length !== 4)
      return { ok: false, reason: `'${text}' has a two-digit year: write the year in full` }
    return numericDate(text, +m[1]!, +m[3]!, +m[4]!, order)
  }
  return notADate(text)
}

/** Whether a cell holds a date that reads both ways, so the user must choose the order. */
export function isAmbiguousDate(text: string): boolean {
  const read = readDate(text, null)
  return !read.ok && read.ambiguous === true
}
