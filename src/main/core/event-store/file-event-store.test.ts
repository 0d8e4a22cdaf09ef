// A timeline file's store must answer exactly as the in-memory store does on the same data:
// every filter, search, window (items and counts), page, step and detail.
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { EventQuery } from '../../../shared/store'
import { TimelineRepository } from '../timeline/timeline-repository'
import { EventStore, type NotesOverlay } from './event-store'
import { FileEventStore } from './file-event-store'
import { loadDataFolder, type LoadedData } from './load-data-folder'
import { normalizeText } from './normalize-text'

const DAY = 86_400_000
let memory: EventStore
let file: FileEventStore
let data: LoadedData

/** The bundled sample, and 19 shifted copies of it: enough for windows drawn as counts. */
function widen(sample: LoadedData): LoadedData {
  const events = sample.events.flatMap((event) =>
    Array.from({ length: 20 }, (_, copy) => {
      if (copy === 0) return event
      const shift = (value: string) =>
        value.length === 10
          ? new Date(Date.parse(`${value}T00:00:00Z`) + copy * 37 * DAY).toISOString().slice(0, 10)
          : new Date(Date.parse(value) + copy * 37 * DAY).toISOString().replace('.000Z', 'Z')
      return {
        ...event,
        id: `${event.id}-${copy}`,
        start: shift(event.start),
        ...(event.end ? { end: shift(event.end) } : {}),
      }
    }),
  )
  return { ...sample, events }
}

beforeAll(async () => {
  data = widen(await loadDataFolder(join(__dirname, '..', '..', '..', '..', 'data')))
  // Words in Cyrillic, whose ї and й the index keeps: "київ" must find "Київ" in both stores.
  const [first] = data.events
  data.events.push({
    ...first!,
    id: 'cyrillic-entry',
    title: 'Test entry: Зеленський meets delegates',
    notes: 'Test entry: talks in Київ.',
  })
  memory = new EventStore('/memory', data)
  await memory.searchReady
  const path = join(await mkdtemp(join(tmpdir(), 'timeline-conformance-')), 't.timeline')
  TimelineRepository.create(path, { title: 'T', description: '' }, data)
  const repository = TimelineRepository.open(path, { readOnly: true })
  file = new FileEventStore(path, repository.queries(), repository.readCatalogue(), () =>
    repository.readData(),
  )
})

const notes: NotesOverlay = {
  counts: new Map([
    ['alaska-summit', 2],
    ['miami-meetings-3', 1],
  ]),
  text: new Map([
    ['alaska-summit', `\n${normalizeText('Check Peskov’s words against the readout')}`],
    ['miami-meetings-3', `\n${normalizeText('Dmitriev again')}`],
  ]),
  version: 7,
}

const QUERIES: EventQuery[] = [
  {},
  { text: 'putin' },
  { text: 'erdo' },
  { text: 'p' },
  { text: 'pe' },
  { text: 'trump alaska' },
  { text: 'readout' },
  { text: 'peskov readout' },
  { text: 'dmitriev again' },
  { tracks: ['russia', 'mediators'] },
  { statuses: ['confirmed'] },
  { tags: ['summit'] },
  { actorIds: ['putin', 'zelensky'] },
  { from: '2025-10-01', to: '2025-11-30' },
  { from: '2026-03-01T12:00:00Z' },
  { hasNotes: true },
  { text: 'plan', tracks: ['united-states'], statuses: ['reported'] },
  { text: 'київ' },
  { text: 'Зеленський' },
  { text: 'zzzzz' },
]

describe('the timeline file’s store answers as the in-memory one', () => {
  it('lists, pages and counts every query alike', () => {
    for (const query of QUERIES) {
      const label = JSON.stringify(query)
      expect(file.listEvents(query, notes), label).toEqual(memory.listEvents(query, notes))
      expect(file.listPage(query, 10, 25, notes), label).toEqual(
        memory.listPage(query, 10, 25, notes),
      )
    }
    // Not a comparison of empty answers: all but the nonsense word find something.
    const found = QUERIES.filter((query) => memory.listEvents(query, notes).length > 0)
    expect(found).toHaveLength(QUERIES.length - 1)
    expect(file.status().eventCount).toBe(data.events.length)
    expect(file.tags()).toEqual(memory.tags())
    expect(file.tracks()).toEqual(memory.tracks())
  })

  it('draws the same windows, as events and as counts', () => {
    const ranges: Array<[string | undefined, string | undefined, number]> = [
      [undefined, undefined, 1200],
      ['2025-08-01T00:00:00Z', '2025-09-01T00:00:00Z', 900],
      ['2025-11-15T00:00:00Z', '2025-11-25T00:00:00Z', 1600],
      ['2026-01-01T00:00:00Z', '2027-06-01T00:00:00Z', 400],
    ]
    for (const query of QUERIES.slice(0, 12)) {
      for (const [start, end, widthPx] of ranges) {
        const request = { query, widthPx, ...(start ? { start } : {}), ...(end ? { end } : {}) }
        expect(file.window(request, notes), JSON.stringify(request)).toEqual(
          memory.window(request, notes),
        )
      }
    }
    expect(memory.window({ query: {}, widthPx: 1200 }).buckets.length).toBeGreaterThan(0)
  })

  it('shows a note saved since the last answer, on a query that does not look at notes', () => {
    const query = { tracks: ['united-states'] }
    const before = file.window(
      { query, widthPx: 1200, start: '2025-08-10T00:00:00Z', end: '2025-08-20T00:00:00Z' },
      notes,
    )
    const more: NotesOverlay = { ...notes, counts: new Map([['alaska-summit', 3]]), version: 8 }
    const after = file.window(
      { query, widthPx: 1200, start: '2025-08-10T00:00:00Z', end: '2025-08-20T00:00:00Z' },
      more,
    )
    const count = (w: typeof before) => w.items.find((e) => e.id === 'alaska-summit')?.noteCount
    expect([count(before), count(after)]).toEqual([2, 3])
    expect(after).toEqual(
      memory.window(
        { query, widthPx: 1200, start: '2025-08-10T00:00:00Z', end: '2025-08-20T00:00:00Z' },
        more,
      ),
    )
  })

  it('finds events by notes saved, changed and deleted since a search was last answered', () => {
    const overlay = (version: number, written: Record<string, string[]>): NotesOverlay => ({
      counts: new Map(Object.entries(written).map(([id, texts]) => [id, texts.length])),
      text: new Map(
        Object.entries(written).map(([id, texts]) => [
          id,
          texts.map((t) => `\n${normalizeText(t)}`).join(''),
        ]),
      ),
      version,
    })
    const queries: EventQuery[] = [
      { text: 'quokka' },
      { text: 'quokka summit' },
      { text: 'quokka', tracks: ['united-states'] },
      { hasNotes: true },
      { hasNotes: true, text: 'readout' },
    ]
    const steps = [
      overlay(20, { 'alaska-summit': ['Check the readout'] }),
      overlay(21, { 'alaska-summit': ['Check the readout', 'A quokka was there'] }),
      overlay(22, { 'alaska-summit': ['Check the readout'], 'miami-meetings-3': ['Quokka?'] }),
      overlay(23, { 'miami-meetings-3': ['Quokka, and the readout'] }),
      overlay(24, {}),
    ]
    const found = (query: EventQuery, notes: NotesOverlay) =>
      file.listEvents(query, notes).map((e) => `${e.id}:${e.noteCount}`)
    const seen = steps.map((notes) => queries.map((query) => found(query, notes)))
    steps.forEach((notes, step) =>
      queries.forEach((query) =>
        expect(found(query, notes), `${JSON.stringify(query)} at ${step}`).toEqual(
          memory.listEvents(query, notes).map((e) => `${e.id}:${e.noteCount}`),
        ),
      ),
    )
    expect(seen.map((answers) => answers[0])).toEqual([
      [],
      ['alaska-summit:2'],
      ['miami-meetings-3:1'],
      ['miami-meetings-3:1'],
      [],
    ])
  })

  it('steps to the same neighbours and shows the same details', () => {
    const query: EventQuery = { tracks: ['united-states', 'ukraine'] }
    for (const event of data.events.slice(0, 200)) {
      for (const direction of [-1, 1] as const) {
        expect(file.adjacent(query, event.id, direction, notes)).toEqual(
          memory.adjacent(query, event.id, direction, notes),
        )
      }
      expect(file.getEvent(event.id)).toEqual(memory.getEvent(event.id))
      expect(file.title(event.id)).toBe(memory.title(event.id))
    }
    expect(() => file.getEvent('no-such-event')).toThrow('No event with id "no-such-event".')
  })
})
