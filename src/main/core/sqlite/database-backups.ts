import { mkdir, rename, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { backup, DatabaseSync } from 'node:sqlite'
import { describeWriteFailure } from './sqlite-errors'

/** How many backups of one database are kept, newest first. */
export const BACKUP_GENERATIONS = 3

export interface BackupSpec {
  /** The folder backups go to, created when missing. */
  dir: string
  /** e.g. "notes": the newest backup is "notes.backup-1.sqlite". */
  baseName: string
  /** How much a copy holds (notes, events), so an empty copy never replaces a full one. */
  countContent(db: DatabaseSync): number
}

export function backupPath(spec: BackupSpec, generation: number): string {
  return join(spec.dir, `${spec.baseName}.backup-${generation}.sqlite`)
}

/** What a backup holds; null when it cannot be read. */
function countIn(path: string, spec: BackupSpec): number | null {
  try {
    const db = new DatabaseSync(path, { readOnly: true })
    try {
      return spec.countContent(db)
    } finally {
      db.close()
    }
  } catch {
    return null
  }
}

/** A backup is one self-contained file: no write-ahead log or shared memory beside it. */
function settle(path: string): void {
  const db = new DatabaseSync(path)
  try {
    db.exec('PRAGMA journal_mode = DELETE')
  } finally {
    db.close()
  }
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  )
}

export type BackupOutcome =
  | { kind: 'written'; path: string }
  | { kind: 'kept'; reason: string }
  | { kind: 'failed'; reason: string }

/**
 * Copies a live database with SQLite's online backup (in steps, off the event loop), checks
 * the copy, then rotates it in as the newest of a few generations. A copy that is empty while
 * the newest backup is not is discarded, so a good backup is never replaced by an empty one;
 * a failed copy (a full disk) leaves every existing generation as it was.
 */
export async function backUpDatabase(db: DatabaseSync, spec: BackupSpec): Promise<BackupOutcome> {
  const temp = join(spec.dir, `${spec.baseName}.backup-new.sqlite`)
  try {
    await mkdir(spec.dir, { recursive: true })
    await rm(temp, { force: true })
    await backup(db, temp)
    settle(temp)
    const copied = countIn(temp, spec)
    if (copied === null) throw new Error('the copy could not be read back')
    const newest = backupPath(spec, 1)
    const previous = (await exists(newest)) ? countIn(newest, spec) : null
    if (copied === 0 && previous !== null && previous > 0) {
      await rm(temp, { force: true })
      return { kind: 'kept', reason: 'the database is empty; the earlier backups are kept' }
    }
    for (let generation = BACKUP_GENERATIONS - 1; generation >= 1; generation -= 1) {
      const from = backupPath(spec, generation)
      if (await exists(from)) await rename(from, backupPath(spec, generation + 1))
    }
    await rename(temp, newest)
    return { kind: 'written', path: newest }
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined)
    return { kind: 'failed', reason: describeWriteFailure(error) }
  }
}
