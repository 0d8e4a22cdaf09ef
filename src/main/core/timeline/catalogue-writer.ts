import type { DatabaseSync } from 'node:sqlite'
import type { CatalogueKind, CatalogueUsage } from '../../../shared/edits'
import type { Actor, Source, TrackDefinition } from '../../../shared/model'

/** A track with its place among the lanes, as an edit records it. */
export interface PositionedTrack extends TrackDefinition {
  position: number
}

export interface CatalogueValues {
  track: PositionedTrack
  actor: Actor
  source: Source
}

type Row = Record<string, string | number | null>

function optional<T extends object>(
  key: string,
  value: string | number | null | undefined,
): Partial<T> {
  return value === null || value === undefined ? {} : ({ [key]: String(value) } as Partial<T>)
}

/** Which events use a track, an actor or a source, by the event's id. */
const USERS: Record<CatalogueKind, string> = {
  track: 'SELECT id FROM events WHERE track = ?1',
  actor:
    'SELECT DISTINCT e.id FROM event_actors a JOIN events e ON e.seq = a.event_seq WHERE a.actor_id = ?1',
  source:
    'SELECT DISTINCT e.id FROM claims c JOIN events e ON e.seq = c.event_seq WHERE c.source_id = ?1 OR c.read_in_id = ?1',
}

const USAGE: Record<CatalogueKind, string> = {
  track: 'SELECT track AS id, count(*) AS n FROM events GROUP BY track',
  actor:
    'SELECT actor_id AS id, count(DISTINCT event_seq) AS n FROM event_actors GROUP BY actor_id',
  source: `SELECT id, count(DISTINCT event_seq) AS n FROM (
      SELECT source_id AS id, event_seq FROM claims
      UNION ALL SELECT read_in_id, event_seq FROM claims WHERE read_in_id IS NOT NULL)
    GROUP BY id`,
}

/** Reads and writes a timeline's tracks, actors and sources one at a time, for edits. */
export class CatalogueWriter {
  constructor(private readonly db: DatabaseSync) {}

  read<K extends CatalogueKind>(kind: K, id: string): CatalogueValues[K] | null {
    const row = this.db.prepare(`SELECT * FROM ${kind}s WHERE id = ?`).get(id) as Row | undefined
    if (!row) return null
    const values: { [Kind in CatalogueKind]: () => CatalogueValues[Kind] } = {
      track: () => ({
        id: String(row['id']),
        label: String(row['label']),
        colour: String(row['colour']),
        position: Number(row['position']),
      }),
      actor: () => ({
        id: String(row['id']),
        name: String(row['name']),
        kind: String(row['kind']) as Actor['kind'],
        ...optional<Actor>('country', row['country']),
      }),
      source: () => ({
        id: String(row['id']),
        name: String(row['name']),
        kind: String(row['kind']) as Source['kind'],
        ...optional<Source>('title', row['title']),
        ...optional<Source>('published', row['published']),
        ...optional<Source>('url', row['url']),
      }),
    }
    return values[kind]()
  }

  /** Sets one item to this state: written whole, or removed when null. */
  put<K extends CatalogueKind>(kind: K, id: string, value: CatalogueValues[K] | null): void {
    if (value === null) {
      this.db.prepare(`DELETE FROM ${kind}s WHERE id = ?`).run(id)
      return
    }
    if (kind === 'track') {
      const t = value as PositionedTrack
      this.db
        .prepare(
          'INSERT INTO tracks (id, label, colour, position) VALUES (?1, ?2, ?3, ?4) ON CONFLICT (id) DO UPDATE SET label = ?2, colour = ?3, position = ?4',
        )
        .run(t.id, t.label, t.colour, t.position)
    } else if (kind === 'actor') {
      const a = value as Actor
      this.db
        .prepare(
          'INSERT INTO actors (id, name, kind, country) VALUES (?1, ?2, ?3, ?4) ON CONFLICT (id) DO UPDATE SET name = ?2, kind = ?3, country = ?4',
        )
        .run(a.id, a.name, a.kind, a.country ?? null)
    } else {
      const s = value as Source
      this.db
        .prepare(
          'INSERT INTO sources (id, name, kind, title, published, url) VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (id) DO UPDATE SET name = ?2, kind = ?3, title = ?4, published = ?5, url = ?6',
        )
        .run(s.id, s.name, s.kind, s.title ?? null, s.published ?? null, s.url ?? null)
    }
  }

  /** The place after the last track, for a new one. */
  nextTrackPosition(): number {
    const row = this.db.prepare('SELECT max(position) AS p FROM tracks').get() as {
      p: number | null
    }
    return row.p === null ? 0 : row.p + 1
  }

  /** The ids of the events that use this item. */
  eventsUsing(kind: CatalogueKind, id: string): string[] {
    return (this.db.prepare(USERS[kind]).all(id) as Array<{ id: string }>).map((r) => r.id)
  }

  usage(): CatalogueUsage {
    const counts = (kind: CatalogueKind) =>
      Object.fromEntries(
        (this.db.prepare(USAGE[kind]).all() as Array<{ id: string; n: number }>).map((r) => [
          r.id,
          r.n,
        ]),
      )
    return { track: counts('track'), actor: counts('actor'), source: counts('source') }
  }
}
