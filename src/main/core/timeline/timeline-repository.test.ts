import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadDataFolder, type LoadedData } from '../event-store/load-data-folder'
import { migrate, pragmaNumber } from '../sqlite/sqlite-database'
import { TimelineEditor } from '../edits/timeline-editor'
import { draftOf } from '../test-support/editable-timeline'
import { TimelineRepository } from './timeline-repository'
import { TIMELINE_APPLICATION_ID, TIMELINE_DATABASE } from './timeline-schema'

let sample: LoadedData

beforeAll(async () => {
  sample = await loadDataFolder(join(__dirname, '..', '..', '..', '..', 'data'))
})

async function newPath(): Promise<string> {
  return join(await mkdtemp(join(tmpdir(), 'timeline-repo-')), 'talks.timeline')
}

describe('TimelineRepository', () => {
  it('writes the bundled sample to a file and reads back exactly the same timeline', async () => {
    const path = await newPath()
    const meta = TimelineRepository.create(
      path,
      { title: 'The talks', description: 'A copy' },
      sample,
    )
    const repository = TimelineRepository.open(path, { readOnly: false })
    expect(repository.meta()).toEqual(meta)
    const read = repository.readData()
    expect(read.tracks).toEqual(sample.tracks)
    expect(read.actors).toEqual([...sample.actors].sort((a, b) => a.id.localeCompare(b.id)))
    expect(read.sources).toEqual([...sample.sources].sort((a, b) => a.id.localeCompare(b.id)))
    expect(read.events).toEqual(sample.events)
    repository.close()
  })

  it('marks the file as a timeline: WAL, full sync, foreign keys, application id, version', async () => {
    const path = await newPath()
    TimelineRepository.create(path, { title: 'T', description: '' }, sample)
    const db = new DatabaseSync(path, { readOnly: true })
    expect(pragmaNumber(db, 'application_id')).toBe(TIMELINE_APPLICATION_ID)
    expect(pragmaNumber(db, 'user_version')).toBe(TIMELINE_DATABASE.migrations.length)
    expect(db.prepare('PRAGMA journal_mode').get()).toEqual({ journal_mode: 'wal' })
    db.close()
    const repository = TimelineRepository.open(path, { readOnly: false })
    expect(repository.integrityProblem()).toBeNull()
    repository.close()
  })

  it('refuses an event on a track the timeline does not have, writing nothing', async () => {
    const path = await newPath()
    const stray = { ...sample.events[0]!, id: 'stray', track: 'atlantis' }
    expect(() =>
      TimelineRepository.create(
        path,
        { title: 'T', description: '' },
        {
          ...sample,
          events: [...sample.events, stray],
        },
      ),
    ).toThrow(/FOREIGN KEY/)
    const repository = TimelineRepository.open(path, { readOnly: false })
    expect(repository.readData().events).toEqual([])
    repository.close()
  })

  it('finds events by word prefixes in the FTS5 index, accents folded', async () => {
    const path = await newPath()
    TimelineRepository.create(path, { title: 'T', description: '' }, sample)
    const repository = TimelineRepository.open(path, { readOnly: true })
    expect(repository.searchText(['alask'])).toContain('alaska-summit')
    expect(repository.searchText(['erdogan']).size).toBeGreaterThan(0)
    expect(repository.searchText(['zzzzqq']).size).toBe(0)
    repository.close()
  })

  it('copies itself, consistent, to a new file that can be given its own identity', async () => {
    const path = await newPath()
    TimelineRepository.create(path, { title: 'Original', description: '' }, sample)
    const original = TimelineRepository.open(path, { readOnly: false })
    const copyPath = `${path}-copy.timeline`
    original.copyTo(copyPath)
    const copy = TimelineRepository.open(copyPath, { readOnly: false })
    copy.setIdentity({ id: 'copy-id', title: 'Copy', description: 'mine' })
    expect(copy.meta()).toEqual({ id: 'copy-id', title: 'Copy', description: 'mine' })
    expect(original.meta().title).toBe('Original')
    expect(copy.readData().events).toEqual(original.readData().events)
    copy.close()
    original.close()
  })
})

describe('timeline migrations', () => {
  it('1 → 2 adds the full-text index and fills it from the events already there', async () => {
    const path = await newPath()
    const db = new DatabaseSync(path)
    // The shape of version 1: every table, no search index.
    migrate(db, { ...TIMELINE_DATABASE, migrations: TIMELINE_DATABASE.migrations.slice(0, 1) })
    expect(pragmaNumber(db, 'user_version')).toBe(1)
    db.exec(`
      INSERT INTO timeline VALUES (1, 'id-1', 'Old', '', '2025-01-01T00:00:00Z');
      INSERT INTO tracks VALUES ('us', 'United States', '#2f5d9c', 0);
      INSERT INTO sources VALUES ('nbc', 'NBC News', 'news-outlet', NULL, NULL, NULL);
      INSERT INTO events (id, title, start, precision, track, status, notes, start_ms, end_ms)
        VALUES ('anchorage', 'Summit in Anchorage', '2025-08-15', 'day', 'us', 'confirmed', 'They met.', 0, 0);
      INSERT INTO claims VALUES (1, 0, 'a US official', 'nbc', NULL, '2025-11-21', 'Nothing changed', 0, 'reported', NULL);
    `)
    migrate(db, { ...TIMELINE_DATABASE, migrations: TIMELINE_DATABASE.migrations.slice(0, 2) })
    expect(pragmaNumber(db, 'user_version')).toBe(2)
    db.close()
    const repository = TimelineRepository.open(path, { readOnly: false })
    expect(repository.searchText(['anchor'])).toEqual(new Set(['anchorage']))
    expect(repository.searchText(['nbc', 'nothing'])).toEqual(new Set(['anchorage']))
    repository.close()
  })

  it('2 → 4 adds the edit log, claim ids and links: an older file opens editable', async () => {
    const path = await newPath()
    const db = new DatabaseSync(path)
    migrate(db, { ...TIMELINE_DATABASE, migrations: TIMELINE_DATABASE.migrations.slice(0, 2) })
    db.exec(`
      INSERT INTO timeline VALUES (1, 'id-2', 'Before edits', '', '2025-01-01T00:00:00Z');
      INSERT INTO tracks VALUES ('us', 'United States', '#2f5d9c', 0);
      INSERT INTO sources VALUES ('nbc', 'NBC News', 'news-outlet', NULL, NULL, NULL);
      INSERT INTO events (id, title, start, precision, track, status, notes, start_ms, end_ms)
        VALUES ('anchorage', 'Summit in Anchorage', '2025-08-15', 'day', 'us', 'confirmed', 'They met.', 0, 0);
      INSERT INTO events_fts (rowid, title, notes, place, claims) VALUES (1, 'Summit in Anchorage', 'They met.', '', '');
      INSERT INTO claims VALUES (1, 0, 'a US official', 'nbc', NULL, '2025-11-21', 'They met', 0, 'reported', NULL);
      INSERT INTO claims VALUES (1, 1, 'a Kremlin aide', 'nbc', NULL, '2025-11-21', 'Nothing changed', 0, 'reported', NULL);
    `)
    db.close()

    const repository = TimelineRepository.open(path, { readOnly: false })
    expect(repository.version).toBe(TIMELINE_DATABASE.migrations.length)
    const tables = repository.editTables()
    expect(tables.event('anchorage')!.claims.map((c) => c.id)).toEqual(['c1', 'c2'])
    expect(tables.log.labels()).toEqual({ undo: null, redo: null })
    const event = draftOf(tables.event('anchorage')!)
    new TimelineEditor(tables, () => undefined).saveEvent(
      { id: 'anchorage', event: { ...event, status: 'disputed' }, newSources: [], newActors: [] },
      '2026-11-30T09:00:00.000Z',
    )
    expect(tables.log.labels().undo).toBe('Edit event “Summit in Anchorage”')
    expect(tables.event('anchorage')!.status).toBe('disputed')
    expect(tables.links.of('anchorage')).toEqual([])
    repository.close()
  })

  it('refuses a file from a newer version of the app and leaves it as it was', async () => {
    const path = await newPath()
    const db = new DatabaseSync(path)
    db.exec(`PRAGMA user_version = 99`)
    expect(() => migrate(db, TIMELINE_DATABASE)).toThrow(
      `it was made by a newer version of the app (format 99; this version reads up to ${TIMELINE_DATABASE.migrations.length})`,
    )
    expect(pragmaNumber(db, 'user_version')).toBe(99)
    db.close()
  })
})
