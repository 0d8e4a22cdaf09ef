import type { DatePrecision } from '../../../shared/model'
import { oneRowEach, dateCell, trackOf, type BuildContext, type RowBuilder } from './build-context'
import type { ActorRef, EventSpec } from './event-spec'
import { isoDay } from './import-dates'
import { listOf, quoted, RowProblem, type Row } from './row-reader'

/** ACLED's time_precision: 1 the day is known, 2 within a week, 3 only the month. */
const PRECISION: Record<string, DatePrecision> = { '1': 'day', '2': 'approximate', '3': 'month' }

/** The day of ACLED's `timestamp` (seconds since 1970, when it published the record). */
function publishedDay(row: Row): string | undefined {
  const text = row.get('timestamp')
  if (text === '') return undefined
  const seconds = Number(text)
  const day = /^\d+$/.test(text) ? new Date(seconds * 1000) : null
  const value = day ? isoDay(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate()) : null
  if (value === null) throw new RowProblem('timestamp', `${quoted(text)} is not a Unix time`)
  return value
}

/**
 * An ACLED row is one event, told by ACLED from its sources:
 * - the external id is `event_id_cnty`; the title says what and where ("Armed clash in
 *   Kupiansk"), from `sub_event_type` (or `event_type`) and the place; `notes` is the summary;
 * - `time_precision` 1/2/3 gives day / approximate (within a week) / month precision;
 * - `actor1` and `actor2` are its actors (parties, organisations); `event_type` and
 *   `sub_event_type` its tags; `location`, `admin1` and `country` its place, with `latitude`
 *   and `longitude`;
 * - each name in `source` (split on ";") gives a claim: the claimant is that source (ACLED
 *   codes what each source reported), its text ACLED's `notes`, read on the day of ACLED's
 *   `timestamp` (when ACLED published the record; the import's day when there is none), with
 *   no reported day (ACLED does not say when each source reported it) and the status
 *   "reported". The source is kept as a news outlet (most of ACLED's are), which
 *   Manage can change.
 * Not kept: fatalities, the inter codes, admin2/admin3, geo_precision, source_scale, tags.
 */
export function acledRows(context: BuildContext): RowBuilder {
  return oneRowEach((row, line) => {
    const externalId = row.get('event_id_cnty')
    if (externalId === '') throw new RowProblem('event_id_cnty', 'an ACLED row needs its event id')
    const date = dateCell(context, row, 'event_date')
    const precisionText = row.get('time_precision')
    const precision = PRECISION[precisionText]
    if (!precision)
      throw new RowProblem('time_precision', `${quoted(precisionText)} is not 1, 2 or 3`)
    const location = row.get('location')
    const admin1 = row.get('admin1')
    const country = row.get('country')
    const placeName = [location, admin1].filter(Boolean).join(', ') || country
    const what = row.get('sub_event_type') || row.get('event_type') || 'Event'
    const title = placeName ? `${what} in ${location || admin1 || country}` : what
    const notes = row.get('notes')
    const sources = listOf(row.get('source'))
    if (sources.length === 0)
      throw new RowProblem('source', 'an ACLED row needs at least one source')
    const published = publishedDay(row)
    const actors: ActorRef[] = []
    for (const column of ['actor1', 'actor2']) {
      const name = row.get(column)
      if (name && !actors.some((a) => a.name === name)) actors.push({ name, role: 'party' })
    }
    const latitude = row.number('latitude', -90, 90, 'latitude')
    const longitude = row.number('longitude', -180, 180, 'longitude')
    const spec: EventSpec = {
      externalId,
      title,
      start: date.value,
      precision,
      track: trackOf(context, row),
      tags: listOf([row.get('event_type'), row.get('sub_event_type')].join(';')),
      status: 'reported',
      notes,
      actors,
      claims: sources.map((name) => ({
        claimant: name,
        source: { name, kind: 'news-outlet' },
        ...(published === undefined ? {} : { readOn: published }),
        text: notes,
        isQuote: false,
        status: 'reported',
      })),
    }
    if (placeName) {
      spec.place = {
        name: placeName,
        ...(country ? { country } : {}),
        ...(latitude === undefined ? {} : { latitude }),
        ...(longitude === undefined ? {} : { longitude }),
      }
    }
    return {
      kind: 'event',
      line,
      spec,
      lines: [line],
      columns: {
        externalId: 'event_id_cnty',
        title: 'sub_event_type',
        start: 'event_date',
        notes: 'notes',
        place: 'location',
        actors: 'actor1',
        tags: 'event_type',
        claims: 'source',
        'claims.text': 'notes',
        'claims.readOn': 'timestamp',
      },
    }
  })
}
