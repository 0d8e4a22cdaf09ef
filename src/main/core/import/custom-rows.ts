import type { ImportMapping } from '../../../shared/import'
import { DATE_PRECISIONS, STATUSES, type DatePrecision, type Status } from '../../../shared/model'
import {
  dateCell,
  fileClaim,
  oneRowEach,
  trackOf,
  type BuildContext,
  type RowBuilder,
} from './build-context'
import type { ClaimSpec, EventSpec, FieldColumns } from './event-spec'
import { derivedId, httpUrl, listOf, quoted, RowProblem } from './row-reader'

function oneOf<T extends string>(
  values: readonly T[],
  text: string,
  column: string,
): T | undefined {
  if (text === '') return undefined
  const found = values.find((v) => v === text.toLowerCase())
  if (!found) throw new RowProblem(column, `${quoted(text)} is not one of ${values.join(', ')}`)
  return found
}

/**
 * Any other CSV, read through the mapping the user chose. Only a title and a start are needed:
 * a missing summary is the title; a missing status "reported"; each name in the source column
 * gives a claim (its claimant the claimant column, else the source; its text the claim text
 * column, else the summary; reported the reported column, else no day), and without
 * a source column the file itself is the source. Without an external id column, each row's id
 * is derived from its start and title, so importing the file again updates instead of
 * duplicating.
 */
export function customRows(context: BuildContext, mapping: ImportMapping): RowBuilder {
  const c = mapping.columns
  const columns: FieldColumns = {
    externalId: c.externalId,
    title: c.title,
    start: c.start,
    end: c.end,
    precision: c.precision,
    notes: c.summary ?? c.title,
    place: c.place,
    'place.country': c.placeCountry,
    'place.latitude': c.latitude,
    'place.longitude': c.longitude,
    actors: c.actors,
    tags: c.tags,
    status: c.status,
    claims: c.source,
    'claims.claimant': c.claimant,
    'claims.text': c.claimText ?? c.summary ?? c.title,
    'claims.reported': c.reported,
    'claims.url': c.url,
  }
  return oneRowEach((row, line) => {
    if (!c.start) throw new RowProblem('', 'no column is mapped to Start')
    const start = dateCell(context, row, c.start)
    const end = c.end && row.get(c.end) ? dateCell(context, row, c.end) : null
    const title = row.get(c.title)
    const notes = row.get(c.summary) || title
    const precision =
      oneOf<DatePrecision>(DATE_PRECISIONS, row.get(c.precision), c.precision ?? '') ??
      start.precision
    const status = oneOf<Status>(STATUSES, row.get(c.status), c.status ?? '') ?? 'reported'
    const reported = c.reported && row.get(c.reported) ? dateCell(context, row, c.reported) : null
    const url = row.get(c.url)
    if (url && !httpUrl(url))
      throw new RowProblem(c.url ?? '', `${quoted(url)} is not an http(s) address`)
    const text = row.get(c.claimText) || notes
    const sources = listOf(row.get(c.source))
    const claims: ClaimSpec[] =
      sources.length === 0
        ? [fileClaim(context, text)]
        : sources.map((name) => ({
            claimant: row.get(c.claimant) || name,
            source: { name, kind: 'news-outlet' },
            ...(reported ? { reported: reported.value } : {}),
            text,
            isQuote: false,
            status,
          }))
    const spec: EventSpec = {
      externalId: row.get(c.externalId) || derivedId('row', start.value, title),
      title,
      start: start.value,
      precision,
      track: trackOf(context, row),
      tags: listOf(row.get(c.tags), /[;,]/),
      status,
      notes,
      actors: listOf(row.get(c.actors)).map((name) => ({ name, role: 'party' })),
      claims: url ? claims.map((claim) => ({ ...claim, url })) : claims,
    }
    const last = end ? (end.end ?? end.value) : start.end
    if (last !== undefined) spec.end = last
    const place = row.get(c.place)
    if (place) {
      const country = row.get(c.placeCountry)
      const latitude = row.number(c.latitude, -90, 90, 'latitude')
      const longitude = row.number(c.longitude, -180, 180, 'longitude')
      spec.place = {
        name: place,
        ...(country ? { country } : {}),
        ...(latitude === undefined ? {} : { latitude }),
        ...(longitude === undefined ? {} : { longitude }),
      }
    }
    return { kind: 'event', line, spec, lines: [line], columns }
  })
}
