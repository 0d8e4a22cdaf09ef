import { DatabaseSync } from 'node:sqlite'

/** One numbered step of a database's schema; step N takes `user_version` from N-1 to N. */
export type Migration = (db: DatabaseSync) => void

export interface DatabaseKind {
  /** Written to `PRAGMA application_id`, so our files are told apart from other SQLite files. */
  applicationId: number
  /** Migration i (0-based) brings the schema to version i + 1. */
  migrations: readonly Migration[]
}

/** How long a statement waits for another connection's lock before it is refused. */
export const BUSY_TIMEOUT_MS = 2000

/**
 * Opens a database the way every one of ours is opened: WAL, full sync (a commit returns only
 * once it is on disk), foreign keys enforced, a busy timeout for a reader in another process.
 */
export function openDatabase(
  path: string,
  options: { readOnly?: boolean; immutable?: boolean } = {},
): DatabaseSync {
  // On read-only media SQLite cannot make its shared-memory file; an immutable file needs none.
  const location = options.immutable ? new URL(`file://${encodeURI(path)}?immutable=1`) : path
  const db = new DatabaseSync(location, {
    readOnly: options.readOnly ?? false,
    enableForeignKeyConstraints: true,
    timeout: BUSY_TIMEOUT_MS,
  })
  try {
    if (!options.readOnly) db.exec('PRAGMA journal_mode = WAL')
    db.exec('PRAGMA synchronous = FULL')
  } catch (error) {
    db.close()
    throw error
  }
  return db
}

export function pragmaNumber(db: DatabaseSync, name: string): number {
  const row = db.prepare(`PRAGMA ${name}`).get() as Record<string, unknown> | undefined
  const value = row ? Object.values(row)[0] : undefined
  return typeof value === 'number' ? value : 0
}

/** The newest schema version this build knows for a kind of database. */
export function latestVersion(kind: DatabaseKind): number {
  return kind.migrations.length
}

/**
 * Brings a database up to the newest schema, each step in its own transaction so a failure
 * leaves the last good version. A newer file than this build knows is refused, untouched.
 */
export function migrate(db: DatabaseSync, kind: DatabaseKind): void {
  const version = pragmaNumber(db, 'user_version')
  if (version > latestVersion(kind)) {
    throw new Error(
      `it was made by a newer version of the app (format ${version}; this version reads up to ${latestVersion(kind)})`,
    )
  }
  for (let next = version; next < kind.migrations.length; next += 1) {
    inTransaction(db, () => {
      if (next === 0) db.exec(`PRAGMA application_id = ${kind.applicationId}`)
      kind.migrations[next]!(db)
      db.exec(`PRAGMA user_version = ${next + 1}`)
    })
  }
}

/** Runs `work` in one transaction: all of it is committed, or none of it. */
export function inTransaction<T>(db: DatabaseSync, work: () => T): T {
  db.exec('BEGIN IMMEDIATE')
  try {
    const result = work()
    db.exec('COMMIT')
    return result
  } catch (error) {
    try {
      db.exec('ROLLBACK')
    } catch {
      // SQLite may already have rolled back (a full disk does); the first error is the one to report.
    }
    throw error
  }
}

/**
 * Opens a transaction that spans awaits (an import read from a stream): committed or rolled
 * back by the caller. IMMEDIATE takes the write lock at once; DEFERRED only reads.
 */
export function beginTransaction(
  db: DatabaseSync,
  mode: 'IMMEDIATE' | 'DEFERRED',
): { commit(): void; rollback(): void } {
  db.exec(`BEGIN ${mode}`)
  return {
    commit: () => db.exec('COMMIT'),
    rollback: () => {
      if (db.isTransaction) db.exec('ROLLBACK')
    },
  }
}

/** The first problem `PRAGMA quick_check` finds, or null when the file is sound. */
export function firstIntegrityProblem(db: DatabaseSync): string | null {
  const rows = db.prepare('PRAGMA quick_check(1)').all() as Array<Record<string, unknown>>
  const first = rows[0] ? String(Object.values(rows[0])[0]) : 'ok'
  if (first === 'ok') return null
  return first
    .replace(/\*\*\* in database \w+ \*\*\*/, '')
    .replace(/\s+/g, ' ')
    .trim()
}
