import { mkdtemp, readdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { describe, expect, it } from 'vitest'
import { backupPath } from '../sqlite/database-backups'
import { pragmaNumber } from '../sqlite/sqlite-database'
import { mountSmallDisk } from '../test-support/small-disk'
import { UserDatabase } from './user-database'
import { USER_DATABASE, USER_DATABASE_FILE, USER_DATABASE_ID } from './user-database-schema'

const note = (id: string, text: string) => ({
  id,
  eventId: 'alaska-summit',
  eventTitle: 'Alaska',
  text,
  createdAt: '2026-11-30T10:00:00.000Z',
  updatedAt: '2026-11-30T10:00:00.000Z',
})

async function folder() {
  return mkdtemp(join(tmpdir(), 'timeline-userdb-'))
}

describe('UserDatabase', () => {
  it('is marked as ours at its newest version, and backed up at start', async () => {
    const dir = await folder()
    const db = await UserDatabase.open(dir)
    await db.backupDone
    db.close()
    const raw = new DatabaseSync(join(dir, USER_DATABASE_FILE), { readOnly: true })
    expect(pragmaNumber(raw, 'application_id')).toBe(USER_DATABASE_ID)
    expect(pragmaNumber(raw, 'user_version')).toBe(USER_DATABASE.migrations.length)
    raw.close()
    expect(await readdir(join(dir, 'backups'))).toEqual(['user-data.backup-1.sqlite'])
  })

  it('remembers the last ten timelines, the last opened first', async () => {
    let t = Date.parse('2026-11-30T10:00:00Z')
    const db = await UserDatabase.open(await folder(), () => new Date((t += 1000)))
    for (let i = 1; i <= 12; i += 1) db.rememberTimeline(`/t/${i}.timeline`, `T${i}`)
    db.rememberTimeline('/t/5.timeline', 'Five, renamed')
    const recent = db.recentTimelines()
    expect(recent).toHaveLength(10)
    expect(recent[0]).toEqual({ path: '/t/5.timeline', title: 'Five, renamed' })
    expect(recent.map((r) => r.path)).not.toContain('/t/1.timeline')
    db.forgetTimeline('/t/5.timeline')
    expect(db.recentTimelines()[0]?.path).toBe('/t/12.timeline')
  })

  it('copies one timeline’s notes to another under new ids', async () => {
    const db = await UserDatabase.open(await folder())
    db.insertNotes('a', [note('6a1f0c9e-8d7a-4b6c-9e5f-1a2b3c4d5e6f', 'Mine')])
    expect(db.copyNotes('a', 'b')).toBe(1)
    const [copied] = db.notesOf('b')
    expect(copied).toMatchObject({ text: 'Mine', eventId: 'alaska-summit' })
    expect(copied?.id).not.toBe('6a1f0c9e-8d7a-4b6c-9e5f-1a2b3c4d5e6f')
    expect(db.notesOf('a')).toHaveLength(1)
  })

  it('refuses a note on a full disk with a message, keeping the earlier ones and the file', async () => {
    const mounted = await mountSmallDisk(1024)
    if ('skipped' in mounted) return console.warn(`skipped: ${mounted.skipped}`)
    const { disk } = mounted
    try {
      const db = await UserDatabase.open(disk.dir)
      await db.backupDone
      db.insertNotes('t', [note('7a1f0c9e-8d7a-4b6c-9e5f-1a2b3c4d5e6f', 'Before')])
      await disk.fill()
      const long = note('8a1f0c9e-8d7a-4b6c-9e5f-1a2b3c4d5e6f', 'x'.repeat(200_000))
      expect(() => db.insertNotes('t', [long])).toThrow(
        'The disk is full: your note was not saved.',
      )
      db.close()
      const again = await UserDatabase.open(disk.dir)
      expect(again.notices).toEqual([])
      expect(again.notesOf('t').map((n) => n.text)).toEqual(['Before'])
      expect((await readdir(disk.dir)).filter((f) => f.includes('corrupt'))).toEqual([])
      again.close()
    } finally {
      await disk.unmount()
    }
  })

  it('restores the newest readable backup when the file is damaged, keeping it aside', async () => {
    const dir = await folder()
    const db = await UserDatabase.open(dir)
    db.insertNotes('t', [note('9a1f0c9e-8d7a-4b6c-9e5f-1a2b3c4d5e6f', 'Backed up')])
    db.close()
    const again = await UserDatabase.open(dir)
    await again.backupDone
    again.close()
    const { writeFile } = await import('node:fs/promises')
    await writeFile(join(dir, USER_DATABASE_FILE), 'garbage, not a database')
    const restored = await UserDatabase.open(dir)
    expect(restored.notices[0]?.message).toMatch(/restored from the backup/)
    expect(restored.notesOf('t').map((n) => n.text)).toEqual(['Backed up'])
    expect(backupPath(UserDatabase.backupSpec(dir), 1)).toContain('user-data.backup-1.sqlite')
    restored.close()
  })
})
