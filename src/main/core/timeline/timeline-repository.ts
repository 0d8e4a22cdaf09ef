import { randomUUID } from 'node:crypto'
import type { DatabaseSync } from 'node:sqlite'
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
import { leaveMergingToQuietMoments, mergeWhileWriting, tidyTimelineFile } from './file-tidying'
import { insertTimelineData } from './insert-timeline-data'
import { LinkTable } from './link-table'
import { migratedCopyIfOld, removeMigratedCopy } from './migrated-copy'
import { TimelineQueries } from './timeline-queries'
import {
  arrays,
  readAllEvents,
  readCatalogueTables,
  text,
  type Cells,
  type Row,
} from './timeline-reader'
import { TIMELINE_DATABASE } from './timeline-schema'

export interface TimelineMeta {
  id: string
  title: string
  description: string
}

/**
 * One timeline file (a SQLite database). All of the timeline's SQL lives here; the rest of
 * the app speaks the shared model's types.
 */
export class TimelineRepository {
  private constructor(
    private readonly db: DatabaseSync,
    /** The file read: a migrated copy (see `migratedCopyIfOld`) for an old read-only file. */
    readonly path: string,
    readonly readOnly: boolean,
    private readonly migratedCopy = false,
  ) {}

  /** Opens a checked timeline file; migrated first if writable, else read from a migrated copy. */
  static open(
    path: string,
    options: { readOnly: boolean; immutable?: boolean },
  ): TimelineRepository {
    const copy = options.readOnly ? migratedCopyIfOld(path, options) : null
    if (copy !== null) {
      try {
        return new TimelineRepository(openDatabase(copy, { readOnly: true }), copy, true, true)
      } catch (error) {
        removeMigratedCopy(copy)
        throw error
      }
    }
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
   * enough that SQLite need not spill pages to the WAL file before the commit, and the search
   * index merged as it is written.
   */
  prepareForBulkWrite(): void {
    this.db.exec('PRAGMA cache_size = -262144')
    mergeWhileWriting(this.db)
  }

  /** For the connection that tidies the file at quiet moments (see `tidy`). */
  leaveMergingToQuietMoments(): void {
    if (!this.readOnly) leaveMergingToQuietMoments(this.db)
  }

  /** One step of upkeep while no one waits on the file (see `tidyTimelineFile`). */
  tidy(): boolean {
    return !this.readOnly && tidyTimelineFile(this.db)
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
    const { tracks, actors, sources } = readCatalogueTables(this.db)
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
      ...readCatalogueTables(this.db),
      events: readAllEvents(this.db),
      links: new LinkTable(this.db).all(),
      problems: [],
    }
  }

  close(): void {
    if (this.db.isOpen) this.db.close()
    if (this.migratedCopy) removeMigratedCopy(this.path)
  }
}
