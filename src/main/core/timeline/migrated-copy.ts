import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import { latestVersion, migrate, openDatabase, pragmaNumber } from '../sqlite/sqlite-database'
import { TIMELINE_DATABASE } from './timeline-schema'

/**
 * A timeline file that cannot be written (read-only, or open in another window) and comes
 * from an older version of the app: the app reads only the newest schema, so it reads a
 * migrated copy in a temporary folder, and the file itself is never changed. Null when the
 * file is already of the newest version.
 */
export function migratedCopyIfOld(path: string, options: { immutable?: boolean }): string | null {
  let copy: string
  const db = openDatabase(path, { readOnly: true, immutable: options.immutable ?? false })
  try {
    if (pragmaNumber(db, 'user_version') >= latestVersion(TIMELINE_DATABASE)) return null
    copy = join(mkdtempSync(join(tmpdir(), 'timeline-read-only-')), basename(path))
    db.prepare('VACUUM INTO ?').run(copy)
  } finally {
    db.close()
  }
  try {
    const migrated = openDatabase(copy)
    try {
      migrate(migrated, TIMELINE_DATABASE)
    } finally {
      migrated.close()
    }
  } catch (error) {
    removeMigratedCopy(copy)
    throw error
  }
  return copy
}

export function removeMigratedCopy(copy: string): void {
  rmSync(dirname(copy), { recursive: true, force: true })
}
