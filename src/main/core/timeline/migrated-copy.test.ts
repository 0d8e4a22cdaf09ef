import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { describe, expect, it } from 'vitest'
import { latestVersion, migrate } from '../sqlite/sqlite-database'
import { TimelineRepository } from './timeline-repository'
import { TIMELINE_DATABASE } from './timeline-schema'

/** A timeline written by the app before claims had a day they were read on (schema step 4). */
async function timelineOfStep4(): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'old-timeline-')), 'old talks.timeline')
  const db = new DatabaseSync(path)
  migrate(db, { ...TIMELINE_DATABASE, migrations: TIMELINE_DATABASE.migrations.slice(0, 4) })
  db.exec(`
    INSERT INTO timeline VALUES (1, 'id-old', 'Old talks', '', '2025-01-01T00:00:00Z');
    INSERT INTO tracks VALUES ('us', 'United States', '#2f5d9c', 0);
    INSERT INTO sources VALUES ('nbc', 'NBC News', 'news-outlet', NULL, NULL, NULL);
    INSERT INTO events (id, title, start, precision, track, status, notes, start_ms, end_ms)
      VALUES ('anchorage', 'Summit in Anchorage', '2025-08-15', 'day', 'us', 'reported', 'They met.', 0, 0);
    INSERT INTO events_fts (rowid, title, notes, place, claims)
      VALUES (1, 'Summit in Anchorage', 'They met.', '', 'a US official They met NBC News');
    INSERT INTO claims (event_seq, position, claimant, source_id, read_in_id, reported, text, is_quote, status, url, claim_id)
      VALUES (1, 0, 'a US official', 'nbc', NULL, '2025-11-20', 'They met', 0, 'reported', NULL, 'c1');
  `)
  db.close()
  return path
}

const hashOf = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex')

describe('an old timeline file that cannot be written', () => {
  it('is read through a migrated copy, and the file itself is left exactly as it was', async () => {
    const path = await timelineOfStep4()
    const before = hashOf(path)
    const repository = TimelineRepository.open(path, { readOnly: true, immutable: true })
    expect(repository.version).toBe(latestVersion(TIMELINE_DATABASE))
    const [event] = repository.readData().events
    expect(event?.title).toBe('Summit in Anchorage')
    expect(event?.claims[0]).toMatchObject({ reported: '2025-11-20', readOn: '2025-11-20' })
    const copy = repository.path
    expect(copy).not.toBe(path)
    repository.close()
    expect(existsSync(copy)).toBe(false)
    expect(hashOf(path)).toBe(before)
    const untouched = new DatabaseSync(path, { readOnly: true })
    expect(untouched.prepare('PRAGMA user_version').get()).toEqual({ user_version: 4 })
    untouched.close()
  })

  it('of the newest version is read in place', async () => {
    const path = await timelineOfStep4()
    TimelineRepository.open(path, { readOnly: false }).close()
    const repository = TimelineRepository.open(path, { readOnly: true })
    expect(repository.path).toBe(path)
    repository.close()
  })
})
