import type { DatabaseSync } from 'node:sqlite'
import type { LoadedData } from '../event-store/load-data-folder'
import { EventWriter } from './event-writer'
import { LinkTable } from './link-table'

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
  const writer = new EventWriter(db)
  for (const e of data.events) writer.insert(e, undefined, sourceNames)
  const links = new LinkTable(db)
  for (const link of data.links ?? []) links.put(link.id, link)
}
