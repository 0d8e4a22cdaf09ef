// The other formats an import reads: a TimelineJS sheet, a Preceden export, the app's own CSV
// and JSON, and any other CSV through a mapping the user may change.
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import {
  APP_CSV_COLUMNS,
  EXCHANGE_FORMAT,
  type TimelineExport,
} from '../../../shared/exchange-format'
import { TimelineRepository } from '../timeline/timeline-repository'
import { openEditable, sampleTimelineFile } from '../test-support/editable-timeline'
import { csvText, importFile, IMPORTED_AT, writeCsv } from '../test-support/import-fixtures'
import { PRESET_COLUMNS } from './presets'

/** The day the tests' imports read claims on when the file gives none. */
const today = () => IMPORTED_AT.slice(0, 10)

let dir: string
let timeline: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'import-formats-'))
  timeline = await sampleTimelineFile(dir)
})

function eventsBy(path: string, externalIds: string[]) {
  const t = openEditable(path)
  const tables = t.repository.editTables()
  const events = externalIds.map((x) =>
    tables.event(t.repository.queries().idOfExternalId(x) ?? '')!,
  )
  const labels = t.repository.readCatalogue().tracks.map((track) => track.label)
  t.close()
  return { events, labels }
}

describe('a TimelineJS sheet', () => {
  const header = PRESET_COLUMNS.timelinejs
  const row = (cells: Record<string, string>) => cells
  it('passes over its title and era rows, reads its date columns, and is updated on re-import', async () => {
    const file = await writeCsv(
      dir,
      'sheet.csv',
      csvText(header, [
        row({ Headline: 'The sheet’s title', Type: 'title' }),
        row({ Year: '2025', 'End Year': '2026', Headline: 'An era', Type: 'era' }),
        row({
          Year: '2025',
          Month: '8',
          Day: '15',
          Headline: 'A <b>meeting</b>',
          Text: '<p>They met.</p>',
          Group: 'Talks',
          Media: 'https://example.org/a',
        }),
        row({
          Year: '2025',
          Month: '11',
          Headline: 'A month',
          Text: 'Some time in November.',
          Group: 'Talks',
        }),
        row({ Year: '2024', Headline: 'A year', Group: '' }),
        row({ Year: '2025', Month: '2', Day: '30', Headline: 'No such day' }),
        row({ Year: '2025', Month: '1', Day: '2', Time: '14:00', Headline: 'No offset' }),
      ]),
    )
    const mapping = { preset: 'timelinejs' as const, columns: {}, groupBy: 'Group' }
    const tally = await importFile(timeline, file, { mapping })
    expect(tally).toMatchObject({ rows: 7, skipped: 2, added: 3 })
    expect(tally.rejected.map((r) => r.rejected.message)).toEqual([
      "line 7, Day: '2025-2-30' is not a date",
      "line 8, Time: '14:00' is not a time with its UTC offset (e.g. 14:00+02:00)",
    ])
    const t = openEditable(timeline)
    const events = t.repository
      .readData()
      .events.filter((e) => e.externalId?.startsWith('timelinejs:'))
    t.close()
    expect(events.map((e) => [e.title, e.start, e.end, e.precision, e.notes])).toEqual([
      ['A meeting', '2025-08-15', undefined, 'day', 'They met.'],
      ['A month', '2025-11-01', undefined, 'month', 'Some time in November.'],
      ['A year', '2024-01-01', '2024-12-31', 'approximate', 'A year'],
    ])
    // The sheet says nothing of when it was reported: no day is stamped; read on the import's.
    const [claim] = events[0]!.claims
    expect(claim).toMatchObject({ url: 'https://example.org/a', readOn: today() })
    expect(claim).not.toHaveProperty('reported')
    // Again, on any day: every claim keeps the day it was first read, so nothing changes.
    const later = { mapping, at: '2026-04-02T10:00:00.000Z' }
    expect(await importFile(timeline, file, later)).toMatchObject({ added: 0, unchanged: 3 })
  })
})

describe('a Preceden export', () => {
  it('takes its ID as the external id, its layers as tracks with their colour', async () => {
    const file = await writeCsv(
      dir,
      'preceden.csv',
      csvText(PRESET_COLUMNS.preceden, [
        {
          'Layer Name': 'Diplomacy',
          ID: '9001',
          Name: 'Talks begin',
          Start: '2025-03-11',
          End: '2025-03-12',
          Color: '#112233',
        },
        {
          'Layer Name': 'Diplomacy',
          ID: '9002',
          Name: 'Round two',
          Notes: 'Later.',
          Start: '04/05/2025',
          'Start approximate': 'true',
        },
      ]),
    )
    const mapping = { preset: 'preceden' as const, columns: {}, groupBy: 'Layer Name' }
    const checked = await importFile(timeline, file, { mapping, mode: 'check' })
    expect(checked.ambiguousDate).toBe('04/05/2025')
    expect(await importFile(timeline, file, { mapping, dateOrder: 'mdy' })).toMatchObject({
      added: 2,
    })
    const { events, labels } = eventsBy(timeline, ['9001', '9002'])
    expect(events.map((e) => [e.title, e.start, e.end, e.precision, e.notes])).toEqual([
      ['Talks begin', '2025-03-11', '2025-03-12', 'day', 'Talks begin'],
      ['Round two', '2025-04-05', undefined, 'approximate', 'Later.'],
    ])
    expect(labels).toContain('Diplomacy')
    const t = openEditable(timeline)
    expect(t.repository.readCatalogue().tracks.find((x) => x.label === 'Diplomacy')?.colour).toBe(
      '#112233',
    )
    t.close()
  })
})

describe('any other CSV', () => {
  it('is read through the mapping the user chose', async () => {
    const file = await writeCsv(
      dir,
      'mine.csv',
      csvText(
        ['When', 'What', 'Who', 'Outlet', 'Lane', 'Ref', 'Said'],
        [['2025-06-01', 'A call', 'Person A; Person B', 'Outlet X', 'Calls', 'R1', 'They spoke.']],
      ),
    )
    const mapping = {
      preset: 'custom' as const,
      columns: {
        start: 'When',
        title: 'What',
        actors: 'Who',
        source: 'Outlet',
        externalId: 'Ref',
        claimText: 'Said',
      },
      groupBy: 'Lane',
    }
    expect(await importFile(timeline, file, { mapping })).toMatchObject({ added: 1 })
    const { events, labels } = eventsBy(timeline, ['R1'])
    expect(events[0]).toMatchObject({
      title: 'A call',
      notes: 'A call',
      claims: [{ claimant: 'Outlet X', text: 'They spoke.', readOn: today() }],
    })
    expect(events[0]!.actors).toHaveLength(2)
    expect(labels).toContain('Calls')
    await expect(
      importFile(timeline, file, { mapping: { ...mapping, columns: { start: 'When' } } }),
    ).rejects.toThrow('Choose the column that fills Title.')
    await expect(
      importFile(timeline, file, {
        mapping: { ...mapping, columns: { ...mapping.columns, title: 'Nope' } },
      }),
    ).rejects.toThrow('The file has no column "Nope".')
  })
})

describe('the app’s own formats', () => {
  it('reads its CSV, one row per claim, and updates the events it names by id', async () => {
    const t = openEditable(timeline)
    const [event] = t.repository.readData().events
    t.close()
    const base = {
      event_id: event!.id,
      title: 'Retitled by a spreadsheet',
      start: event!.start,
      precision: event!.precision,
      track: event!.track,
      status: event!.status,
      tags: 'one; two',
      actors: '',
      summary: event!.notes,
      claimant: 'a claimant',
      source_id: 'new-outlet',
      source: 'New Outlet',
      source_kind: 'news-outlet',
      reported: '2025-11-21',
      exact_quote: 'false',
      claim_status: 'reported',
    }
    const file = await writeCsv(
      dir,
      'export.csv',
      csvText(APP_CSV_COLUMNS, [
        { ...base, claim_text: "'=not a formula" },
        { ...base, claim_text: 'Second claim.', claim_id: 'c9' },
        {
          ...base,
          event_id: 'brand-new',
          title: 'New one',
          claim_text: 'x',
          actors: 'Nobody (guest)',
        },
      ]),
    )
    const tally = await importFile(timeline, file, {
      mapping: { preset: 'app-csv', columns: {}, groupBy: 'track' },
    })
    expect(tally).toMatchObject({ updated: 1, added: 0 })
    expect(tally.rejected.map((r) => r.rejected.message)).toEqual([
      'line 4, actors: \'Nobody (guest)\' is not "Name (role)" with a role of host, envoy, mediator, party',
    ])
    const after = openEditable(timeline)
    const updated = after.repository.editTables().event(event!.id)!
    after.close()
    expect(updated).toMatchObject({ title: 'Retitled by a spreadsheet', tags: ['one', 'two'] })
    expect(updated.claims.map((c) => [c.id, c.text])).toEqual([
      ['c1', '=not a formula'],
      ['c9', 'Second claim.'],
    ])
  })

  it('reads its JSON document into a new timeline: the same events, tracks, actors, sources, links', async () => {
    const t = openEditable(timeline)
    const data = t.repository.readData()
    t.close()
    const doc: TimelineExport = {
      format: EXCHANGE_FORMAT,
      version: 1,
      timeline: { title: 'Talks', description: '' },
      tracks: data.tracks,
      actors: data.actors,
      sources: data.sources,
      events: data.events,
      links: data.links ?? [],
    }
    const file = await writeCsv(dir, 'talks.json', JSON.stringify(doc))
    const fresh = join(dir, 'fresh.timeline')
    TimelineRepository.create(
      fresh,
      { title: 'Fresh', description: '' },
      { tracks: [], actors: [], sources: [], events: [], problems: [] },
    )
    expect(await importFile(fresh, file)).toMatchObject({ added: data.events.length, rejected: [] })
    const copy = openEditable(fresh)
    const read = copy.repository.readData()
    copy.close()
    expect(read.events).toEqual(data.events)
    expect(read.tracks).toEqual(data.tracks)
    expect(read.links).toEqual(data.links)
    expect(await importFile(timeline, file)).toMatchObject({
      added: 0,
      updated: 0,
      unchanged: data.events.length,
    })
  })
})
