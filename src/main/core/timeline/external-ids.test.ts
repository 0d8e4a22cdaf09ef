// The migration that adds events' external ids and places' coordinates, and how they are
// written, read back, looked up, and kept through an edit in the Event dialog.
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { describe, expect, it } from 'vitest'
import { migrate, pragmaNumber } from '../sqlite/sqlite-database'
import { draftOf, openEditable, sampleTimelineFile } from '../test-support/editable-timeline'
import { TimelineRepository } from './timeline-repository'
import { TIMELINE_DATABASE } from './timeline-schema'

/** The step that adds them: the last one when it was written (a later step may follow it). */
const STEP = 4

async function newPath(): Promise<string> {
  return join(await mkdtemp(join(tmpdir(), 'timeline-external-')), 'talks.timeline')
}

describe('migration: external ids and coordinates', () => {
  it('keeps the events of an older file, with no external id, and lets one be set and found', async () => {
    const path = await newPath()
    const db = new DatabaseSync(path)
    migrate(db, { ...TIMELINE_DATABASE, migrations: TIMELINE_DATABASE.migrations.slice(0, STEP) })
    db.exec(`
      INSERT INTO timeline VALUES (1, 'id-4', 'Before imports', '', '2025-01-01T00:00:00Z');
      INSERT INTO tracks VALUES ('us', 'United States', '#2f5d9c', 0);
      INSERT INTO sources VALUES ('nbc', 'NBC News', 'news-outlet', NULL, NULL, NULL);
      INSERT INTO events (id, title, start, precision, place_name, track, status, notes, start_ms, end_ms)
        VALUES ('anchorage', 'Summit in Anchorage', '2025-08-15', 'day', 'Anchorage', 'us', 'confirmed', 'They met.', 0, 0);
      INSERT INTO claims VALUES (1, 0, 'a US official', 'nbc', NULL, '2025-11-21', 'They met', 0, 'reported', NULL, 'c1');
    `)
    db.close()

    const repository = TimelineRepository.open(path, { readOnly: false })
    expect(repository.version).toBe(TIMELINE_DATABASE.migrations.length)
    const old = repository.readData().events[0]!
    expect(old.externalId).toBeUndefined()
    expect(old.place).toEqual({ name: 'Anchorage' })
    const tables = repository.editTables()
    tables.transaction(() => {
      tables.events.delete('anchorage')
      tables.events.insert({
        ...old,
        externalId: 'USA123',
        place: {
          name: 'Anchorage',
          country: 'United States',
          latitude: 61.2181,
          longitude: -149.9003,
        },
      })
    })
    expect(repository.queries().idOfExternalId('USA123')).toBe('anchorage')
    expect(repository.queries().idOfExternalId('USA124')).toBeNull()
    expect(tables.event('anchorage')).toMatchObject({
      externalId: 'USA123',
      place: { latitude: 61.2181, longitude: -149.9003 },
    })
    expect(repository.readData().events[0]).toEqual(tables.event('anchorage'))
    repository.close()
  })

  it('refuses a second event with the same external id', async () => {
    const path = await sampleTimelineFile()
    const t = openEditable(path)
    const tables = t.repository.editTables()
    const [a, b] = t.repository.readData().events
    tables.transaction(() => {
      tables.events.delete(a!.id)
      tables.events.insert({ ...a!, externalId: 'X1' })
    })
    expect(() =>
      tables.transaction(() => {
        tables.events.delete(b!.id)
        tables.events.insert({ ...b!, externalId: 'X1' })
      }),
    ).toThrow(/UNIQUE/)
    expect(tables.event(b!.id)!.externalId).toBeUndefined()
    t.close()
  })

  it('keeps the external id and coordinates through an edit in the Event dialog', async () => {
    const path = await sampleTimelineFile()
    const t = openEditable(path)
    const tables = t.repository.editTables()
    const event = t.repository.readData().events[0]!
    const imported = {
      ...event,
      externalId: 'UKR1',
      place: { name: 'Kyiv', country: 'Ukraine', latitude: 50.45, longitude: 30.52 },
    }
    tables.transaction(() => {
      tables.events.delete(event.id)
      tables.events.insert(imported)
    })
    // The dialog knows neither field: it sends the event without them.
    const draft = draftOf({ ...imported, place: { name: 'Kyiv', country: 'Ukraine' } })
    delete draft.externalId
    t.editor.saveEvent(
      { id: event.id, event: { ...draft, title: 'Renamed' }, newSources: [], newActors: [] },
      '2026-01-01T00:00:00.000Z',
    )
    expect(tables.event(event.id)).toMatchObject({
      title: 'Renamed',
      externalId: 'UKR1',
      place: { name: 'Kyiv', latitude: 50.45, longitude: 30.52 },
    })
    t.close()
    const db = new DatabaseSync(path)
    expect(pragmaNumber(db, 'user_version')).toBe(TIMELINE_DATABASE.migrations.length)
    db.close()
  })
})
