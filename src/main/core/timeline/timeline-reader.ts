import type { DatabaseSync, StatementSync } from 'node:sqlite'
import type { Actor, Claim, Source, TimelineEvent, TrackDefinition } from '../../../shared/model'
import type { LoadedData } from '../event-store/load-data-folder'
import { placeOf } from './timeline-queries'

/** Reading a whole timeline file back into the shared model's shapes, as it was written. */

export type Row = Record<string, string | number | null>
export type Cells = Array<string | number | null>

/** SQLite hands back text as strings and integers as numbers. */
export const text = (value: unknown): string => (typeof value === 'string' ? value : String(value))
const optional = (value: unknown): string | undefined =>
  value === null || value === undefined ? undefined : text(value)

/** Reads rows as arrays: for hundreds of thousands of rows, much cheaper than objects. */
export function arrays(statement: StatementSync): StatementSync {
  statement.setReturnArrays(true)
  return statement
}

export function readCatalogueTables(
  db: DatabaseSync,
): Pick<LoadedData, 'tracks' | 'actors' | 'sources'> {
  const tracks = (
    db.prepare('SELECT id, label, colour FROM tracks ORDER BY position').all() as unknown as Row[]
  ).map((r): TrackDefinition => ({
    id: text(r['id']),
    label: text(r['label']),
    colour: text(r['colour']),
  }))
  const actors = (
    db.prepare('SELECT id, name, kind, country FROM actors ORDER BY id').all() as unknown as Row[]
  ).map((r): Actor => {
    const country = optional(r['country'])
    return {
      id: text(r['id']),
      name: text(r['name']),
      kind: text(r['kind']) as Actor['kind'],
      ...(country === undefined ? {} : { country }),
    }
  })
  const sources = (
    db
      .prepare('SELECT id, name, kind, title, published, url FROM sources ORDER BY id')
      .all() as unknown as Row[]
  ).map((r): Source => {
    const source: Source = {
      id: text(r['id']),
      name: text(r['name']),
      kind: text(r['kind']) as Source['kind'],
    }
    const title = optional(r['title'])
    const published = optional(r['published'])
    const url = optional(r['url'])
    if (title !== undefined) source.title = title
    if (published !== undefined) source.published = published
    if (url !== undefined) source.url = url
    return source
  })
  return { tracks, actors, sources }
}

export function readAllEvents(db: DatabaseSync): TimelineEvent[] {
  const rows = arrays(
    db.prepare(
      'SELECT seq, id, title, start, end, precision, time_zone, place_name, place_country, track, status, notes, external_id, place_latitude, place_longitude FROM events ORDER BY seq',
    ),
  ).all() as unknown as Cells[]
  const events: TimelineEvent[] = []
  const bySeq = new Map<number, TimelineEvent>()
  for (const r of rows) {
    const event: TimelineEvent = {
      id: text(r[1]),
      title: text(r[2]),
      start: text(r[3]),
      precision: text(r[5]) as TimelineEvent['precision'],
      actors: [],
      track: text(r[9]),
      tags: [],
      status: text(r[10]) as TimelineEvent['status'],
      notes: text(r[11]),
      claims: [],
    }
    if (r[12] !== null) event.externalId = text(r[12])
    if (r[4] !== null) event.end = text(r[4])
    if (r[6] !== null) event.timeZone = text(r[6])
    const place = placeOf({
      place_name: optional(r[7]) ?? null,
      place_country: optional(r[8]) ?? null,
      place_latitude: r[13] === null ? null : Number(r[13]),
      place_longitude: r[14] === null ? null : Number(r[14]),
    })
    if (place) event.place = place
    events.push(event)
    bySeq.set(Number(r[0]), event)
  }
  const each = (sql: string, use: (event: TimelineEvent, row: Cells) => void): void => {
    for (const row of arrays(db.prepare(sql)).all() as unknown as Cells[]) {
      const event = bySeq.get(Number(row[0]))
      if (event) use(event, row)
    }
  }
  each('SELECT event_seq, actor_id, role FROM event_actors ORDER BY event_seq, position', (e, r) =>
    e.actors.push({
      actorId: text(r[1]),
      role: text(r[2]) as TimelineEvent['actors'][0]['role'],
    }),
  )
  each('SELECT event_seq, tag FROM event_tags ORDER BY event_seq, position', (e, r) =>
    e.tags.push(text(r[1])),
  )
  each(
    'SELECT event_seq, claimant, source_id, read_in_id, reported, text, is_quote, status, url, claim_id, read_on FROM claims ORDER BY event_seq, position',
    (e, r) => {
      const claim: Claim = {
        id: text(r[9]),
        claimant: text(r[1]),
        sourceId: text(r[2]),
        readOn: text(r[10]),
        text: text(r[5]),
        isQuote: r[6] === 1,
        status: text(r[7]) as Claim['status'],
      }
      if (r[3] !== null) claim.readInId = text(r[3])
      if (r[4] !== null) claim.reported = text(r[4])
      if (r[8] !== null) claim.url = text(r[8])
      e.claims.push(claim)
    },
  )
  return events
}
