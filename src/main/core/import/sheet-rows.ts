import type { DatePrecision } from '../../../shared/model'
import {
  dateCell,
  fileClaim,
  oneRowEach,
  trackOf,
  type BuildContext,
  type RowBuilder,
} from './build-context'
import type { EventSpec } from './event-spec'
import { readDate, wholeYear, isoDay, type ReadDate } from './import-dates'
import { derivedId, httpUrl, plainText, quoted, RowProblem, type Row } from './row-reader'

/** TimelineJS's date columns for the start or the end: a year, then optionally more. */
function timelineJsDate(row: Row, prefix: '' | 'End '): ReadDate | null {
  const [yearCol, monthCol, dayCol, timeCol] = ['Year', 'Month', 'Day', 'Time'].map(
    (c) => `${prefix}${c}`,
  ) as [string, string, string, string]
  const [year, month, day, time] = [yearCol, monthCol, dayCol, timeCol].map((c) => row.get(c))
  if (!year) {
    if (prefix === '') throw new RowProblem(yearCol, 'a TimelineJS row needs its year')
    return null
  }
  const number = (column: string, text: string) => {
    if (!/^\d{1,4}$/.test(text)) throw new RowProblem(column, `${quoted(text)} is not a number`)
    return Number(text)
  }
  const y = number(yearCol, year)
  if (!month) return wholeYear(year, y)
  const m = number(monthCol, month)
  const d = day ? number(dayCol, day) : 1
  const value = isoDay(y, m, d)
  if (value === null)
    throw new RowProblem(
      day ? dayCol : monthCol,
      `'${[y, m, day].filter(Boolean).join('-')}' is not a date`,
    )
  if (!time) return { ok: true, value, precision: (day ? 'day' : 'month') as DatePrecision }
  const exact = readDate(`${value}T${time}`, null)
  if (!exact.ok)
    throw new RowProblem(
      timeCol,
      `${quoted(time)} is not a time with its UTC offset (e.g. 14:00+02:00)`,
    )
  return exact
}

/**
 * A TimelineJS sheet's row: `Headline` the title, `Text` the summary (its HTML as plain text),
 * `Group` the track, `Media` the claim's URL when it is a web address. Its `title` and `era`
 * rows are not events. The sheet gives no ids: each row's id is derived from its start and
 * headline, so importing the sheet again updates its events instead of adding them twice.
 */
export function timelineJsRows(context: BuildContext): RowBuilder {
  return oneRowEach((row, line) => {
    const type = row.get('Type').toLowerCase()
    if (type === 'title' || type === 'era') return { kind: 'skip', line }
    const start = timelineJsDate(row, '')!
    const end = timelineJsDate(row, 'End ')
    if (!start.ok) throw new RowProblem('Year', start.reason)
    if (end && !end.ok) throw new RowProblem('End Year', end.reason)
    const title = plainText(row.get('Headline'))
    const notes = plainText(row.get('Text')) || title
    const url = httpUrl(row.get('Media'))
    const claim = fileClaim(context, notes)
    const spec: EventSpec = {
      externalId: derivedId('timelinejs', start.value, title),
      title,
      start: start.value,
      precision: start.precision,
      track: trackOf(context, row),
      tags: [],
      status: 'reported',
      notes,
      actors: [],
      claims: [url ? { ...claim, url } : claim],
    }
    const last = end?.ok ? (end.end ?? end.value) : start.end
    if (last !== undefined) spec.end = last
    return {
      kind: 'event',
      line,
      spec,
      lines: [line],
      columns: {
        title: 'Headline',
        start: 'Year',
        end: 'End Year',
        notes: 'Text',
        claims: 'Media',
      },
    }
  })
}

const YES = new Set(['true', 'yes', 'y', '1', 'x'])

/**
 * A Preceden export's row: `ID` the external id, `Name` the title, `Notes` the summary (the
 * name when empty), `Layer Name` the track (its `Color`, when a #rrggbb, the new track's
 * colour), `Start`/`End` the dates, approximate when `Start approximate` says so.
 */
export function precedenRows(context: BuildContext): RowBuilder {
  return oneRowEach((row, line) => {
    const start = dateCell(context, row, 'Start')
    const endText = row.get('End')
    const end = endText ? dateCell(context, row, 'End') : null
    const title = row.get('Name')
    const notes = row.get('Notes') || title
    const approximate = YES.has(row.get('Start approximate').toLowerCase())
    const track = trackOf(context, row)
    const colour = row.get('Color')
    if (/^#[0-9a-f]{6}$/i.test(colour)) track.colour = colour.toLowerCase()
    const id = row.get('ID')
    const spec: EventSpec = {
      externalId: id || derivedId('preceden', start.value, title),
      title,
      start: start.value,
      precision: approximate ? 'approximate' : start.precision,
      track,
      tags: [],
      status: 'reported',
      notes,
      actors: [],
      claims: [fileClaim(context, notes)],
    }
    const last = end ? (end.end ?? end.value) : start.end
    if (last !== undefined) spec.end = last
    return {
      kind: 'event',
      line,
      spec,
      lines: [line],
      columns: { externalId: 'ID', title: 'Name', start: 'Start', end: 'End', notes: 'Notes' },
    }
  })
}
