import { mkdtemp, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { describe, expect, it } from 'vitest'
import { mountSmallDisk } from '../test-support/small-disk'
import { backUpDatabase, backupPath, BACKUP_GENERATIONS, type BackupSpec } from './database-backups'

function countRows(db: DatabaseSync): number {
  return (db.prepare('SELECT count(*) AS n FROM notes').get() as { n: number }).n
}

async function setup(dir?: string) {
  const folder = dir ?? (await mkdtemp(join(tmpdir(), 'timeline-backup-')))
  const db = new DatabaseSync(join(folder, 'live.sqlite'))
  db.exec('CREATE TABLE notes (text TEXT)')
  const spec: BackupSpec = {
    dir: join(folder, 'backups'),
    baseName: 'live',
    countContent: countRows,
  }
  return { db, spec }
}

function rowsIn(path: string): number {
  const db = new DatabaseSync(path, { readOnly: true })
  try {
    return countRows(db)
  } finally {
    db.close()
  }
}

describe('backUpDatabase', () => {
  it(`keeps ${BACKUP_GENERATIONS} generations, newest first`, async () => {
    const { db, spec } = await setup()
    for (let i = 1; i <= 5; i += 1) {
      db.prepare('INSERT INTO notes VALUES (?)').run(`note ${i}`)
      expect((await backUpDatabase(db, spec)).kind).toBe('written')
    }
    expect([1, 2, 3].map((g) => rowsIn(backupPath(spec, g)))).toEqual([5, 4, 3])
    expect(await stat(backupPath(spec, 4)).catch(() => null)).toBeNull()
  })

  it('never replaces a good backup with an empty one', async () => {
    const { db, spec } = await setup()
    db.prepare('INSERT INTO notes VALUES (?)').run('precious')
    await backUpDatabase(db, spec)
    db.exec('DELETE FROM notes')
    const outcome = await backUpDatabase(db, spec)
    expect(outcome.kind).toBe('kept')
    expect(rowsIn(backupPath(spec, 1))).toBe(1)
  })

  it('a backup that fails on a full disk leaves the earlier ones as they were', async () => {
    const mounted = await mountSmallDisk(512)
    if ('skipped' in mounted) return console.warn(`skipped: ${mounted.skipped}`)
    const { disk } = mounted
    try {
      const { db, spec } = await setup(disk.dir)
      db.prepare('INSERT INTO notes VALUES (?)').run('first')
      await backUpDatabase(db, spec)
      db.prepare('INSERT INTO notes VALUES (?)').run('x'.repeat(200_000))
      await disk.fill()
      const outcome = await backUpDatabase(db, spec)
      expect(outcome).toEqual({ kind: 'failed', reason: 'The disk is full' })
      expect(rowsIn(backupPath(spec, 1))).toBe(1)
      db.close()
    } finally {
      await disk.unmount()
    }
  })
})
