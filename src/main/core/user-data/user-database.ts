import { randomUUID } from 'node:crypto'
import { copyFile, mkdir, rename, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { DatabaseSync } from 'node:sqlite'
import type { Annotation } from '../../../shared/annotations'
import type { RecentTimeline } from '../../../shared/timeline'
import type { UserDataNotice } from '../../../shared/user-data'
import { backUpDatabase, backupPath, type BackupSpec } from '../sqlite/database-backups'
import {
  firstIntegrityProblem,
  inTransaction,
  migrate,
  openDatabase,
  pragmaNumber,
} from '../sqlite/sqlite-database'
import { isCorruption, WriteFailedError } from '../sqlite/sqlite-errors'
import { USER_DATABASE, USER_DATABASE_FILE, USER_DATABASE_ID } from './user-database-schema'

/** Back up after this many saves, besides at start. */
const SAVES_PER_BACKUP = 50
const RECENT_MAX = 10

interface NoteRow {
  id: string
  timeline_id: string
  event_id: string
  event_title: string
  text: string
  created_at: string
  updated_at: string
}

function toAnnotation(row: NoteRow): Annotation {
  return {
    id: row.id,
    eventId: row.event_id,
    eventTitle: row.event_title,
    text: row.text,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

function timestamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-')
}

/** Opens the file if it is a sound database of ours; throws a corruption error otherwise. */
function openChecked(path: string): DatabaseSync {
  const db = openDatabase(path)
  try {
    const appId = pragmaNumber(db, 'application_id')
    if (appId !== 0 && appId !== USER_DATABASE_ID) throw new NotOurFileError()
    const problem = firstIntegrityProblem(db)
    if (problem) throw new NotOurFileError(problem)
    migrate(db, USER_DATABASE)
    return db
  } catch (error) {
    db.close()
    throw error
  }
}

class NotOurFileError extends Error {}

/**
 * The per-user database: notes on events of every timeline, the recent timelines, settings.
 * All its SQL is here. Every write is one transaction, committed with a full sync before it
 * returns; a write that fails (full disk, permissions) throws a WriteFailedError and changes
 * nothing. Only a file that fails to open as a database, or fails its integrity check, is
 * taken for damaged: it is moved aside byte for byte and the newest backup restored.
 */
export class UserDatabase {
  private saves = 0
  private backingUp: Promise<unknown> = Promise.resolve()

  private constructor(
    private readonly db: DatabaseSync,
    readonly dir: string,
    readonly notices: UserDataNotice[],
    private readonly now: () => Date,
  ) {}

  static async open(dir: string, now: () => Date = () => new Date()): Promise<UserDatabase> {
    await mkdir(dir, { recursive: true })
    const path = join(dir, USER_DATABASE_FILE)
    const notices: UserDataNotice[] = []
    let db: DatabaseSync
    try {
      db = openChecked(path)
    } catch (error) {
      if (!(error instanceof NotOurFileError) && !isCorruption(error)) throw error
      notices.push(await UserDatabase.setAside(dir, now))
      db = openChecked(path)
    }
    const opened = new UserDatabase(db, dir, notices, now)
    opened.scheduleBackup()
    return opened
  }

  /** Moves a damaged file aside, untouched, and puts the newest readable backup in its place. */
  private static async setAside(dir: string, now: () => Date): Promise<UserDataNotice> {
    const path = join(dir, USER_DATABASE_FILE)
    const keptAs = `user-data.corrupt-${timestamp(now())}.sqlite`
    await rename(path, join(dir, keptAs))
    for (const suffix of ['-wal', '-shm']) {
      await rename(`${path}${suffix}`, join(dir, `${keptAs}${suffix}`)).catch(() => undefined)
    }
    const spec = UserDatabase.backupSpec(dir)
    for (let generation = 1; generation <= 3; generation += 1) {
      const candidate = backupPath(spec, generation)
      if (!(await stat(candidate).catch(() => null))) continue
      try {
        await copyFile(candidate, path)
        openChecked(path).close()
        return {
          file: USER_DATABASE_FILE,
          message: `The file with your notes could not be read. It was kept as ${keptAs}, and your notes were restored from the backup of ${(await stat(candidate)).mtime.toISOString().slice(0, 16).replace('T', ' ')}.`,
          keptAs,
        }
      } catch {
        await rm(path, { force: true })
      }
    }
    return {
      file: USER_DATABASE_FILE,
      message: `The file with your notes could not be read. It was kept as ${keptAs}; no readable backup was found, so the app starts with no notes.`,
      keptAs,
    }
  }

  static backupSpec(dir: string): BackupSpec {
    return {
      dir: join(dir, 'backups'),
      baseName: 'user-data',
      countContent: (db) => pragmaCount(db, 'SELECT count(*) AS n FROM notes'),
    }
  }

  /** Resolves when the backup under way (if any) is done; for tests and orderly shutdown. */
  get backupDone(): Promise<unknown> {
    return this.backingUp
  }

  private scheduleBackup(): void {
    this.backingUp = this.backingUp.then(() =>
      backUpDatabase(this.db, UserDatabase.backupSpec(this.dir)),
    )
  }

  /** Runs one write transaction; what it changed is on disk when this returns. */
  private write<T>(what: string, work: () => T): T {
    let result: T
    try {
      result = inTransaction(this.db, work)
    } catch (error) {
      if (error instanceof WriteFailedError || !isWriteError(error)) throw error
      throw new WriteFailedError(what, error)
    }
    this.saves += 1
    if (this.saves % SAVES_PER_BACKUP === 0) this.scheduleBackup()
    return result
  }

  notesOf(timelineId: string): Annotation[] {
    const rows = this.db
      .prepare('SELECT * FROM notes WHERE timeline_id = ?')
      .all(timelineId) as unknown as NoteRow[]
    return rows.map(toAnnotation)
  }

  insertNotes(timelineId: string, notes: readonly Annotation[], what = 'your note'): void {
    this.write(what, () => {
      const insert = this.db.prepare(
        'INSERT INTO notes (id, timeline_id, event_id, event_title, text, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      for (const n of notes)
        insert.run(n.id, timelineId, n.eventId, n.eventTitle, n.text, n.createdAt, n.updatedAt)
    })
  }

  updateNote(timelineId: string, note: Annotation): void {
    this.write('your note', () =>
      this.db
        .prepare('UPDATE notes SET text = ?, updated_at = ? WHERE id = ? AND timeline_id = ?')
        .run(note.text, note.updatedAt, note.id, timelineId),
    )
  }

  deleteNote(timelineId: string, id: string): void {
    this.write('the deletion of your note', () =>
      this.db.prepare('DELETE FROM notes WHERE id = ? AND timeline_id = ?').run(id, timelineId),
    )
  }

  /** Copies one timeline's notes to another (Save a copy), each under a new id. */
  copyNotes(fromTimelineId: string, toTimelineId: string): number {
    const notes = this.notesOf(fromTimelineId).map((n) => ({ ...n, id: randomUUID() }))
    this.insertNotes(toTimelineId, notes, 'the copy of your notes')
    return notes.length
  }

  setting(key: string): string | null {
    const row = this.db.prepare('SELECT value FROM settings WHERE key = ?').get(key) as
      { value: string } | undefined
    return row?.value ?? null
  }

  setSetting(key: string, value: string): void {
    this.write('a setting', () =>
      this.db
        .prepare(
          'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
        )
        .run(key, value),
    )
  }

  recentTimelines(): RecentTimeline[] {
    return this.db
      .prepare('SELECT path, title FROM recent_timelines ORDER BY opened_at DESC LIMIT ?')
      .all(RECENT_MAX) as unknown as RecentTimeline[]
  }

  /** Puts a timeline first among the recent ones; the last one opened reopens at start. */
  rememberTimeline(path: string, title: string): void {
    this.write('the list of recent timelines', () => {
      this.db
        .prepare(
          'INSERT INTO recent_timelines (path, title, opened_at) VALUES (?, ?, ?) ON CONFLICT (path) DO UPDATE SET title = excluded.title, opened_at = excluded.opened_at',
        )
        .run(path, title, this.now().toISOString())
      this.db
        .prepare(
          'DELETE FROM recent_timelines WHERE path NOT IN (SELECT path FROM recent_timelines ORDER BY opened_at DESC LIMIT ?)',
        )
        .run(RECENT_MAX)
    })
  }

  forgetTimeline(path: string): void {
    this.write('the list of recent timelines', () =>
      this.db.prepare('DELETE FROM recent_timelines WHERE path = ?').run(path),
    )
  }

  close(): void {
    if (this.db.isOpen) this.db.close()
  }
}

function pragmaCount(db: DatabaseSync, sql: string): number {
  const row = db.prepare(sql).get() as { n: number } | undefined
  return row?.n ?? 0
}

/** An error raised by SQLite or the file system while writing (not a bug in our code). */
function isWriteError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    ('errcode' in error ||
      'errno' in error ||
      (error as { code?: string }).code === 'ERR_SQLITE_ERROR')
  )
}
