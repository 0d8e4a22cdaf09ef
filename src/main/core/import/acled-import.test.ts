// An ACLED export imported into a timeline file: how its columns become an event, how a bad
// row is named, and how importing it again updates events (with their History) instead of
// adding them twice; all in one transaction, undone as one step.
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { openEditable, sampleTimelineFile } from '../test-support/editable-timeline'
import {
  ACLED_HEADER,
  acledRow,
  csvText,
  importFile,
  IMPORTED_AT,
  writeCsv,
} from '../test-support/import-fixtures'

let dir: string
let timeline: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'acled-import-'))
  timeline = await sampleTimelineFile(dir)
})

const acled = (rows: Array<Record<string, string>>) =>
  writeCsv(dir, 'acled.csv', csvText(ACLED_HEADER, rows))

describe('an ACLED export', () => {
  it('becomes events: external id, place with coordinates, actors, a claim per source', async () => {
    const tally = await importFile(
      timeline,
      await acled([
        acledRow(),
        acledRow({
          event_id_cnty: 'TUR2002',
          event_date: '16 May 2025',
          time_precision: '3',
          actor1: 'Recep Tayyip Erdoğan',
          actor2: '',
          country: 'Turkey',
          admin1: 'Istanbul',
          location: 'Istanbul',
          event_type: 'Strategic developments',
          sub_event_type: 'Agreement',
          source: 'Source C',
          timestamp: '',
        }),
      ]),
    )
    expect(tally).toMatchObject({ rows: 2, added: 2, updated: 0, unchanged: 0, rejected: [] })
    const t = openEditable(timeline)
    const tables = t.repository.editTables()
    const kyiv = tables.event(t.repository.queries().idOfExternalId('UKR1001')!)!
    expect(kyiv).toMatchObject({
      externalId: 'UKR1001',
      title: 'Armed clash in Київ',
      start: '2023-02-16',
      precision: 'day',
      notes: 'A test row: an armed clash was reported.',
      tags: ['Battles', 'Armed clash'],
      status: 'reported',
      place: { name: 'Київ, Kyiv City', country: 'Ukraine', latitude: 50.4501, longitude: 30.5234 },
    })
    expect(kyiv.actors.map((a) => tables.catalogue.read('actor', a.actorId)?.name)).toEqual([
      'Military Forces of Test-land',
      'Rebel Group of Test-land',
    ])
    // Each source a claim, read on the day of ACLED's timestamp (2023-02-17 UTC); ACLED does
    // not say when each source reported it, so no reported day is stamped.
    expect(
      kyiv.claims.map((c) => [
        c.claimant,
        tables.catalogue.read('source', c.sourceId)?.name,
        c.readOn,
        c.reported,
      ]),
    ).toEqual([
      ['Source A', 'Source A', '2023-02-17', undefined],
      ['Source B', 'Source B', '2023-02-17', undefined],
    ])
    expect(tables.catalogue.read('track', kyiv.track)?.label).toBe('Battles')
    const istanbul = tables.event(t.repository.queries().idOfExternalId('TUR2002')!)!
    expect(istanbul).toMatchObject({ start: '2025-05-16', precision: 'month' })
    expect(istanbul.claims[0]).not.toHaveProperty('reported')
    expect(istanbul.claims[0]!.readOn).toBe(IMPORTED_AT.slice(0, 10))
    // Cyrillic and Turkish text is kept as written.
    expect(t.store.listEvents({ text: 'kyiv city' }).map((e) => e.id)).toEqual([kyiv.id])
    expect(tables.catalogue.read('actor', istanbul.actors[0]!.actorId)?.name).toBe(
      'Recep Tayyip Erdoğan',
    )
    // New tracks get colours of their own.
    const colours = t.repository.readCatalogue().tracks.map((track) => track.colour)
    expect(new Set(colours).size).toBe(colours.length)
    t.close()
  })

  it('gives a source named in Cyrillic an id in Latin letters, which is its citation key', async () => {
    await importFile(timeline, await acled([acledRow({ source: 'ТАСС; Укрінформ' })]))
    const t = openEditable(timeline)
    const kyiv = t.repository.editTables().event(t.repository.queries().idOfExternalId('UKR1001')!)!
    expect(kyiv.claims.map((c) => [c.sourceId, c.claimant])).toEqual([
      ['tass', 'ТАСС'],
      ['ukrinform', 'Укрінформ'],
    ])
    t.close()
  })

  it('puts each event on the track of the "Group by" column the user chose', async () => {
    await importFile(
      timeline,
      await acled([acledRow(), acledRow({ event_id_cnty: 'UKR2', admin1: 'Kharkiv' })]),
      {
        mapping: { preset: 'acled', columns: {}, groupBy: 'admin1' },
      },
    )
    const t = openEditable(timeline)
    const labels = t.repository.readCatalogue().tracks.map((track) => track.label)
    expect(labels).toEqual(expect.arrayContaining(['Kyiv City', 'Kharkiv']))
    t.close()
  })

  it('rejects a bad row with its line, column and reason, and imports the others', async () => {
    const rows = [acledRow(), acledRow({ event_id_cnty: 'UKR2', event_date: '2025-13-01' })]
    rows.push(acledRow({ event_id_cnty: 'UKR3', time_precision: '7' }))
    rows.push(acledRow({ event_id_cnty: 'UKR4', latitude: '123' }))
    rows.push(acledRow({ event_id_cnty: 'UKR5', notes: '' }))
    rows.push(acledRow({ event_id_cnty: 'UKR1001' }))
    const tally = await importFile(timeline, await acled(rows))
    expect(tally.added).toBe(1)
    expect(tally.rejected.map((r) => r.rejected.message)).toEqual([
      "line 3, event_date: '2025-13-01' is not a date",
      "line 4, time_precision: '7' is not 1, 2 or 3",
      "line 5, latitude: '123' is not a latitude (-90 to 90)",
      'line 6, notes: an event needs a summary',
      "line 7, event_id_cnty: 'UKR1001' is also the event of line 2",
    ])
    expect(tally.rejected[0]!.cells[1]).toBe('2025-13-01')
  })

  it('updates, never duplicates, on a second import, and the change shows in History', async () => {
    await importFile(timeline, await acled([acledRow(), acledRow({ event_id_cnty: 'UKR2' })]))
    const again = await importFile(
      timeline,
      await acled([
        acledRow({ notes: 'A test row: the clash was later said to be larger.' }),
        acledRow({ event_id_cnty: 'UKR2' }),
        acledRow({ event_id_cnty: 'UKR3' }),
      ]),
    )
    expect(again).toMatchObject({ added: 1, updated: 1, unchanged: 1, rejected: [] })
    const t = openEditable(timeline)
    const id = t.repository.queries().idOfExternalId('UKR1001')!
    const ids = ['UKR1001', 'UKR2', 'UKR3'].map((x) => t.repository.queries().idOfExternalId(x))
    expect(new Set(ids).size).toBe(3)
    expect(t.store.listEvents({ text: 'armed clash' })).toHaveLength(3)
    const [latest, first] = t.editor.eventHistory(id)
    expect(first).toMatchObject({
      action: 'created',
      label: 'Import “acled.csv”: 2 added, 0 updated',
    })
    expect(latest!.label).toBe('Import “acled.csv”: 1 added, 1 updated')
    expect(latest!.changes).toContainEqual({
      field: 'Summary',
      before: 'A test row: an armed clash was reported.',
      after: 'A test row: the clash was later said to be larger.',
    })
    t.close()
  })

  it('is one edit: Undo takes the whole import back, and Redo brings it again', async () => {
    const t0 = openEditable(timeline)
    const before = t0.repository.readData()
    t0.close()
    await importFile(timeline, await acled([acledRow(), acledRow({ event_id_cnty: 'UKR2' })]))
    const t = openEditable(timeline)
    const imported = t.repository.readData()
    expect(t.editor.editState().undoLabel).toBe('Import “acled.csv”: 2 added, 0 updated')
    t.editor.undo()
    expect(t.repository.readData()).toEqual(before)
    t.editor.redo()
    expect(t.repository.readData().events).toEqual(imported.events)
    t.close()
  })

  it('imports nothing when a date reads both ways and no order was chosen', async () => {
    const t0 = openEditable(timeline)
    const before = t0.repository.readData()
    t0.close()
    const file = await acled([
      acledRow(),
      acledRow({ event_id_cnty: 'UKR2', event_date: '03/04/2025' }),
    ])
    const checked = await importFile(timeline, file, { mode: 'check' })
    expect(checked.ambiguousDate).toBe('03/04/2025')
    expect(checked.rejected[0]!.rejected.message).toBe(
      "line 3, event_date: '03/04/2025' could be read day first or month first: choose the order the file uses",
    )
    await expect(importFile(timeline, file)).rejects.toThrow(
      "Dates such as '03/04/2025' can be read day first or month first: choose the order the file uses. Nothing was imported.",
    )
    const t = openEditable(timeline)
    expect(t.repository.readData()).toEqual(before)
    t.close()
    expect(await importFile(timeline, file, { dateOrder: 'dmy' })).toMatchObject({ added: 2 })
  })

  it('changes nothing in a check, and counts what a run would do', async () => {
    const file = await acled([acledRow(), acledRow({ event_id_cnty: 'UKR2', event_date: 'soon' })])
    const checked = await importFile(timeline, file, { mode: 'check' })
    expect(checked).toMatchObject({ rows: 2, added: 1 })
    const t = openEditable(timeline)
    expect(t.repository.queries().idOfExternalId('UKR1001')).toBeNull()
    expect(t.editor.editState().undoLabel).toBeNull()
    t.close()
  })
})
