import type { DatabaseSync } from 'node:sqlite'
import { lastCoveredMs } from '../../../shared/date-span'
import { dateValueToMs } from '../../../shared/model'
import type { LoadedData } from '../event-store/load-data-folder'

/** Inserts tracks, actors, sources and events with their claims, tags, actors and search text. */
export function insertTimelineData(db: DatabaseSync, data: LoadedData): void {
  const track = db.prepare('INSERT INTO tracks (id, label, colour, position) VALUES (?, ?, ?, ?)')
  data.tracks.forEach((t, i) => track.run(t.id, t.label, t.colour, i))
  const actor = db.prepare('INSERT INTO actors (id, name, kind, country) VALUES (?, ?, ?, ?)')
  for (const a of data.actors) actor.run(a.id, a.name, a.kind, a.country ?? null)
  const source = db.prepare(
    'INSERT INTO sources (id, name, kind, title, published, url) VALUES (?, ?, ?, ?, ?, ?)',
  )
  for (const s of data.sources)
    source.run(s.id, s.name, s.kind, s.title ?? null, s.published ?? null, s.url ?? null)
  const sourceNames = new Map(data.sources.map((s) => [s.id, s.name]))
  const event = db.prepare(
    'INSERT INTO events (id, title, start, end, precision, time_zone, place_name, place_country, track, status, notes, start_ms, end_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  )
  const eventActor = db.prepare(
    'INSERT INTO event_actors (event_seq, position, actor_id, role) VALUES (?, ?, ?, ?)',
  )
  const tag = db.prepare('INSERT INTO event_tags (event_seq, position, tag) VALUES (?, ?, ?)')
  const claim = db.prepare(
    'INSERT INTO claims (event_seq, position, claimant, source_id, read_in_id, reported, text, is_quote, status, url) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
  )
  const search = db.prepare(
    'INSERT INTO events_fts (rowid, title, notes, place, claims) VALUES (?, ?, ?, ?, ?)',
  )
  for (const e of data.events) {
    const { lastInsertRowid: seq } = event.run(
      e.id,
      e.title,
      e.start,
      e.end ?? null,
      e.precision,
      e.timeZone ?? null,
      e.place?.name ?? null,
      e.place?.country ?? null,
      e.track,
      e.status,
      e.notes,
      dateValueToMs(e.start),
      lastCoveredMs(e.end ?? e.start, 'utc'),
    )
    e.actors.forEach((a, i) => eventActor.run(seq, i, a.actorId, a.role))
    e.tags.forEach((t, i) => tag.run(seq, i, t))
    e.claims.forEach((c, i) =>
      claim.run(
        seq,
        i,
        c.claimant,
        c.sourceId,
        c.readInId ?? null,
        c.reported,
        c.text,
        c.isQuote ? 1 : 0,
        c.status,
        c.url ?? null,
      ),
    )
    search.run(
      seq,
      e.title,
      e.notes,
      e.place?.name ?? '',
      e.claims
        .map((c) => `${c.claimant} ${c.text} ${sourceNames.get(c.sourceId) ?? ''}`)
        .join('\n'),
    )
  }
}
