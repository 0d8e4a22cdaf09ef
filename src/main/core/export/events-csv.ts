import { stringify } from 'csv-stringify/sync'
import { APP_CSV_COLUMNS, type AppCsvColumn } from '../../../shared/exchange-format'
import type { TimelineExport } from '../../../shared/exchange-format'
import { neutraliseCsvCell } from './csv-injection'

export type AppCsvRow = Record<AppCsvColumn, string>

/** A list cell: the items joined as the header's contract says. */
const LIST_SEPARATOR = '; '

/** The document's events as CSV rows, one per claim, each with its event's columns repeated. */
export function appCsvRows(document: TimelineExport): AppCsvRow[] {
  const tracks = new Map(document.tracks.map((t) => [t.id, t]))
  const actors = new Map(document.actors.map((a) => [a.id, a]))
  const sources = new Map(document.sources.map((s) => [s.id, s]))
  return document.events.flatMap((event) => {
    const track = tracks.get(event.track)
    const eventCells = {
      event_id: event.id,
      title: event.title,
      start: event.start,
      end: event.end ?? '',
      precision: event.precision,
      time_zone: event.timeZone ?? '',
      place: event.place?.name ?? '',
      place_country: event.place?.country ?? '',
      latitude: event.place?.latitude?.toString() ?? '',
      longitude: event.place?.longitude?.toString() ?? '',
      external_id: event.externalId ?? '',
      track: event.track,
      track_label: track?.label ?? '',
      track_colour: track?.colour ?? '',
      status: event.status,
      tags: event.tags.join(LIST_SEPARATOR),
      actors: event.actors
        .map((a) => `${actors.get(a.actorId)?.name ?? a.actorId} (${a.role})`)
        .join(LIST_SEPARATOR),
      summary: event.notes,
    }
    return event.claims.map((claim): AppCsvRow => {
      const source = sources.get(claim.sourceId)
      return {
        ...eventCells,
        claim_id: claim.id ?? '',
        claimant: claim.claimant,
        source_id: claim.sourceId,
        source: source?.name ?? '',
        source_kind: source?.kind ?? '',
        reported: claim.reported ?? '',
        read_on: claim.readOn,
        claim_text: claim.text,
        exact_quote: claim.isQuote ? 'true' : 'false',
        claim_status: claim.status,
        claim_url: claim.url ?? '',
      }
    })
  })
}

/**
 * The CSV text: APP_CSV_COLUMNS as the header, every cell neutralised against CSV injection,
 * quoted where RFC 4180 needs it, CRLF line ends, and a UTF-8 byte-order mark so a spreadsheet
 * reads Київ and Erdoğan as they are. csv-stringify does the quoting (the pair of csv-parse,
 * which reads it back).
 */
export function eventsCsv(rows: readonly AppCsvRow[]): string {
  return stringify(
    rows.map((row) => APP_CSV_COLUMNS.map((column) => neutraliseCsvCell(row[column]))),
    {
      header: true,
      columns: [...APP_CSV_COLUMNS],
      bom: true,
      record_delimiter: 'windows',
      // csv-stringify quotes a cell holding its own record delimiter (CRLF) but not a bare line
      // break, which every reader would take for the end of the row.
      quoted_match: /[\r\n]/,
    },
  )
}
