import { randomUUID } from 'node:crypto'
import type { DatabaseSync, StatementSync } from 'node:sqlite'
import {
  type Actor,
  type Claim,
  type Source,
  type TimelineEvent,
  type TrackDefinition,
} from '../../../shared/model'
import type { LoadedData } from '../event-store/load-data-folder'
import {
  firstIntegrityProblem,
  inTransaction,
  migrate,
  openDatabase,
  pragmaNumber,
} from '../sqlite/sqlite-database'
import { backUpDatabase, type BackupOutcome } from '../sqlite/database-backups'
import { EditTables } from './edit-tables'
import { insertTimelineData } from './insert-timeline-data'
import { LinkTable } from './link-table'
import { placeOf, TimelineQueries } from './timeline-queries'
import { TIMELINE_DATABASE } from './timeline-schema'

export interface TimelineMeta {
  id: string
  title: string
  description: string
}

type Row = Record<string, string | number | null>
type Cells = Array<string | number | null>

/** SQLite hands back text as strings and integers as numbers. */
const text = (value: unknown): string => (typeof value === 'string' ? value : String(value))
const optional = (value: unknown): string | undefined =>
  value === null || value === undefined ? undefined : text(value)

/** Reads rows as arrays: for hundreds of thousands of rows, much cheaper than objects. */
function arrays(statement: StatementSync): StatementSync {
  statement.setReturnArrays(true)
  return statement
}

/**
 * One timeline file (a SQLite database). All of the timeline's SQL lives here; the rest of
 * the app speaks the shared model's types.
 */
export class TimelineRepository {
  private constructor(
    private readonly db: DatabaseSync,
    readonly path: string,
    readonly readOnly: boolean,
  ) {}

  /** Opens a file already checked to be a timeline; a writable one is migrated first. */
  static open(
    path: string,
    options: { readOnly: boolean; immutable?: boolean },
  ): TimelineRepository {
    const db = openDatabase(path, options)
    try {
      if (!options.readOnly) migrate(db, TIMELINE_DATABASE)
      return new TimelineRepository(db, path, options.readOnly)
    } catch (error) {
      db.close()
      throw error
    }
  }

  /** Writes a new timeline file holding `data`, in one transaction. */
  static create(path: string, meta: Omit<TimelineMeta, 'id'>, data: LoadedData): TimelineMeta {
    const db = openDatabase(path)
    try {
      migrate(db, TIMELINE_DATABASE)
      const created = { id: randomUUID(), ...meta }
      inTransaction(db, () => {
        db.prepare(
          'INSERT INTO timeline (singleton, id, title, description, created_at) VALUES (1, ?, ?, ?, ?)',
        ).run(created.id, created.title, created.description, new Date().toISOString())
        insertTimelineData(db, data)
      })
      return created
    } finally {
      db.close()
    }
  }

  /**
   * Readies the connection for one very large transaction (an import): a page cache large
   * enough that SQLite need not spill pages to the WAL file before the commit.
   */
  prepareForBulkWrite(): void {
    this.db.exec('PRAGMA cache_size = -262144')
  }

  /** The schema version of the file, for checks and tests. */
  get version(): number {
    return pragmaNumber(this.db, 'user_version')
  }

  /** The first problem SQLite's quick check finds, or null when the file is sound. */
  integrityProblem(): string | null {
    return firstIntegrityProblem(this.db)
  }

  meta(): TimelineMeta {
    const row = this.db.prepare('SELECT id, title, description FROM timeline').get() as
      Row | undefined
    if (!row) throw new Error('the file has no timeline record')
    return { id: text(row['id']), title: text(row['title']), description: text(row['description']) }
  }

  /** Gives a copy its own identity, so it and the original are two timelines. */
  setIdentity(meta: TimelineMeta): void {
    inTransaction(this.db, () =>
      this.db
        .prepare('UPDATE timeline SET id = ?, title = ?, description = ?')
        .run(meta.id, meta.title, meta.description),
    )
  }

  /**
   * Backs the file up with SQLite's online backup (in steps, off the event loop) into `dir`,
   * keeping a few generations; an empty copy never replaces a backup that has events.
   */
  backUp(dir: string): Promise<BackupOutcome> {
    return backUpDatabase(this.db, {
      dir,
      baseName: 'timeline',
      countContent: (db) =>
        (db.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n,
    })
  }

  /** Copies the whole file, consistent as of now, to a new path (SQLite's VACUUM INTO). */
  copyTo(path: string): void {
    this.db.prepare('VACUUM INTO ?').run(path)
  }

  /** The read queries the event store asks of this file. */
  queries(): TimelineQueries {
    return new TimelineQueries(this.db)
  }

  /** What edits read and write, one transaction each. */
  editTables(): EditTables {
    return new EditTables(this.db, this.queries())
  }

  /** The small tables read whole: tracks, actors and sources. */
  readCatalogue(): Pick<LoadedData, 'tracks' | 'actors' | 'sources'> {
    const { tracks, actors, sources } = this.readCatalogueTables()
    return { tracks, actors, sources }
  }

  /** Row ids of events whose text has every word as a word prefix, from the FTS5 index. */
  searchText(words: readonly string[]): Set<string> {
    const match = words.map((w) => `"${w.replaceAll('"', '""')}"*`).join(' AND ')
    const rows = arrays(
      this.db.prepare(
        'SELECT e.id FROM events_fts JOIN events e ON e.seq = events_fts.rowid WHERE events_fts MATCH ?',
      ),
    ).all(match) as unknown as Cells[]
    return new Set(rows.map((row) => text(row[0])))
  }

  /** Everything the file holds, read in a handful of queries. */
  readData(): LoadedData {
    return {
      ...this.readCatalogueTables(),
      events: this.readEvents(),
      links: new LinkTable(this.db).all(),
      problems: [],
    }
  }

  private readCatalogueTables() {
    const tracks = (
      this.db
        .prepare('SELECT id, label, colour FROM tracks ORDER BY position')
        .all() as unknown as Row[]
    ).map((r): TrackDefinition => ({
      id: text(r['id']),
      label: text(r['label']),
      colour: text(r['colour']),
    }))
    const actors = (
      this.db
        .prepare('SELECT id, name, kind, country FROM actors ORDER BY id')
        .all() as unknown as Row[]
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
      this.db
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

  private readEvents(): TimelineEvent[] {
    const rows = arrays(
      this.db.prepare(
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
      for (const row of arrays(this.db.prepare(sql)).all() as unknown as Cells[]) {
        const event = bySeq.get(Number(row[0]))
        if (event) use(event, row)
      }
    }
    each(
      'SELECT event_seq, actor_id, role FROM event_actors ORDER BY event_seq, position',
      (e, r) =>
        e.actors.push({
          actorId: text(r[1]),
          role: text(r[2]) as TimelineEvent['actors'][0]['role'],
        }),
    )
    each('SELECT event_seq, tag FROM event_tags ORDER BY event_seq, position', (e, r) =>
      e.tags.push(text(r[1])),
    )
    each(
      'SELECT event_seq, claimant, source_id, read_in_id, reported, text, is_quote, status, url, claim_id FROM claims ORDER BY event_seq, position',
      (e, r) => {
        const claim: Claim = {
          id: text(r[9]),
          claimant: text(r[1]),
          sourceId: text(r[2]),
          reported: text(r[4]),
          text: text(r[5]),
          isQuote: r[6] === 1,
          status: text(r[7]) as Claim['status'],
        }
        if (r[3] !== null) claim.readInId = text(r[3])
        if (r[8] !== null) claim.url = text(r[8])
        e.claims.push(claim)
      },
    )
    return events
  }

  close(): void {
    if (this.db.isOpen) this.db.close()
  }
}
