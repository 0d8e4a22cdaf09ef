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
    new TimelineEditor(
      tables,
      () => undefined,
      () => null,
    ).saveEvent(
      { id: 'anchorage', event: { ...event, status: 'disputed' }, newSources: [], newActors: [] },
      '2026-11-30T09:00:00.000Z',
    )
    expect(tables.log.labels().undo).toBe('Edit event “Summit in Anchorage”')
    expect(tables.event('anchorage')!.status).toBe('disputed')
    expect(tables.links.of('anchorage')).toEqual([])
    repository.close()
  })

  it('5 (read on apart from reported) reads each claim on the day it was reported, keeping the rest', async () => {
    const path = await newPath()
    const db = new DatabaseSync(path)
    db.exec('PRAGMA foreign_keys = ON')
    migrate(db, { ...TIMELINE_DATABASE, migrations: TIMELINE_DATABASE.migrations.slice(0, 4) })
    // An event logged by an edit made before this step: its claims have no `readOn`.
    const logged = (status: string) =>
      JSON.stringify({
        id: 'anchorage',
        title: 'Summit in Anchorage',
        start: '2025-08-15',
        precision: 'day',
        actors: [],
        track: 'us',
        tags: [],
        status,
        notes: 'They met.',
        claims: [
          {
            id: 'c1',
            claimant: 'a US official',
            sourceId: 'nbc',
            reported: '2025-11-20',
            text: 'They met',
            isQuote: false,
            status: 'reported',
          },
        ],
      })
    db.exec(`
      INSERT INTO timeline VALUES (1, 'id-4', 'Before read-on', '', '2025-01-01T00:00:00Z');
      INSERT INTO tracks VALUES ('us', 'United States', '#2f5d9c', 0);
      INSERT INTO sources VALUES ('nbc', 'NBC News', 'news-outlet', NULL, NULL, NULL);
      INSERT INTO sources VALUES ('report', 'A report', 'document', NULL, '2025-11-21', NULL);
      INSERT INTO events (id, title, start, precision, track, status, notes, start_ms, end_ms)
        VALUES ('anchorage', 'Summit in Anchorage', '2025-08-15', 'day', 'us', 'disputed', 'They met.', 0, 0);
      INSERT INTO events_fts (rowid, title, notes, place, claims)
        VALUES (1, 'Summit in Anchorage', 'They met.', '', 'a US official They met NBC News');
      INSERT INTO claims (event_seq, position, claimant, source_id, read_in_id, reported, text, is_quote, status, url, claim_id)
        VALUES (1, 0, 'a US official', 'nbc', NULL, '2025-11-20', 'They met', 0, 'reported', NULL, 'c1'),
               (1, 1, 'a Kremlin aide', 'nbc', 'report', '2025-11-21', 'Nothing changed', 1, 'denied', 'https://example.org/a', 'c7');
      INSERT INTO edits (seq, at, label) VALUES (1, '2025-11-22T09:00:00.000Z', 'Edit event “Summit in Anchorage”');
    `)
    db.prepare(
      "INSERT INTO edit_changes (edit_seq, position, kind, entity_id, before, after) VALUES (1, 0, 'event', 'anchorage', ?, ?)",
    ).run(logged('reported'), logged('disputed'))
    migrate(db, TIMELINE_DATABASE)

    type Column = { name: string; notnull: number }
    const columns = db.prepare('PRAGMA table_info(claims)').all() as Column[]
    expect(columns.find((c) => c.name === 'reported')?.notnull).toBe(0)
    expect(columns.find((c) => c.name === 'read_on')?.notnull).toBe(1)
    expect(
      db.prepare('SELECT position, claim_id, reported, read_on, read_in_id, url FROM claims').all(),
    ).toEqual([
      {
        position: 0,
        claim_id: 'c1',
        reported: '2025-11-20',
        read_on: '2025-11-20',
        read_in_id: null,
        url: null,
      },
      {
        position: 1,
        claim_id: 'c7',
        reported: '2025-11-21',
        read_on: '2025-11-21',
        read_in_id: 'report',
        url: 'https://example.org/a',
      },
    ])
    const references = db.prepare('PRAGMA foreign_key_list(claims)').all() as Array<{
      table: string
    }>
    expect(new Set(references.map((r) => r.table))).toEqual(new Set(['events', 'sources']))
    expect(db.prepare('PRAGMA foreign_key_check').all()).toEqual([])
    // The unique index on claim ids is made again.
    expect(() =>
      db.exec(
        "INSERT INTO claims (event_seq, position, claimant, source_id, text, is_quote, status, claim_id, read_on) VALUES (1, 5, 'x', 'nbc', 'x', 0, 'reported', 'c1', '2025-11-21')",
      ),
    ).toThrow(/UNIQUE/)
    db.close()

    const repository = TimelineRepository.open(path, { readOnly: false })
    expect(repository.searchText(['official', 'nbc'])).toEqual(new Set(['anchorage']))
    const tables = repository.editTables()
    expect(tables.event('anchorage')!.claims[1]).toMatchObject({
      id: 'c7',
      reported: '2025-11-21',
      readOn: '2025-11-21',
      readInId: 'report',
      isQuote: true,
    })
    // Undo puts back the event the old edit logged, its claim read on the day it was reported.
    const editor = new TimelineEditor(
      tables,
      () => undefined,
      () => null,
    )
    editor.undo()
    const undone = tables.event('anchorage')!
    expect(undone.status).toBe('reported')
    expect(undone.claims).toEqual([
      expect.objectContaining({ id: 'c1', reported: '2025-11-20', readOn: '2025-11-20' }),
    ])
    // A claim whose day no source gives is kept without one.
    const draft = draftOf(undone)
    editor.saveEvent(
      {
        id: 'anchorage',
        event: { ...draft, claims: [{ ...draft.claims[0]!, reported: undefined }] },
        newSources: [],
        newActors: [],
      },
      '2026-11-30T09:00:00.000Z',
    )
    expect(tables.event('anchorage')!.claims[0]!.reported).toBeUndefined()
    expect(tables.event('anchorage')!.claims[0]!.readOn).toBe('2025-11-20')
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
