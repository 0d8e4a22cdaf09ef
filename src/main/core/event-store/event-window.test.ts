import { describe, expect, it } from 'vitest'
import {
  FIXTURE_TRACK_IDS as TRACKS,
  fixtureActors,
  fixtureEvent,
  fixtureSources,
  fixtureTracks,
} from '../test-support/data-fixtures'
import { EventStore, type NotesOverlay } from './event-store'
import { ITEM_LIMIT } from './time-buckets'

/** N events, one a day from 2020, round-robin over the tracks. */
function storeOf(n: number): EventStore {
  const events = Array.from({ length: n }, (_, i) =>
    fixtureEvent({
      id: `e${i}`,
      title: i % 10 === 0 ? `Summit number ${i}` : `Meeting number ${i}`,
      start: new Date(Date.UTC(2020, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
      track: TRACKS[i % TRACKS.length]!,
    }),
  )
  return new EventStore('/memory', {
    tracks: fixtureTracks,
    actors: fixtureActors,
    sources: fixtureSources,
    events,
    problems: [],
  })
}

describe('windowed queries', () => {
  it('answers a narrow window with the events themselves, margin included', () => {
    const store = storeOf(2000)
    const result = store.window({
      query: {},
      start: '2021-01-10T00:00:00Z',
      end: '2021-01-20T00:00:00Z',
      widthPx: 1000,
    })
    expect(result.total).toBe(2000)
    expect(result.buckets).toEqual([])
    // Ten days, and three quarters of that again on each side.
    expect(result.items.length).toBeGreaterThanOrEqual(25)
    expect(result.items.length).toBeLessThanOrEqual(27)
    expect(result.items.map((e) => e.start)).toContain('2021-01-15')
    expect(result.extent).toEqual({
      start: '2020-01-01T00:00:00.000Z',
      end: '2025-06-22T23:59:59.999Z',
    })
  })

  it('answers a wide window with per-track counts, never thousands of records', () => {
    const store = storeOf(2000)
    const result = store.window({ query: {}, widthPx: 1000 })
    expect(result.items).toEqual([])
    expect(result.inWindow).toBe(2000)
    expect(result.buckets.length).toBeLessThan(ITEM_LIMIT)
    expect(result.buckets.reduce((sum, b) => sum + b.count, 0)).toBe(2000)
    expect(new Set(result.buckets.map((b) => b.track))).toEqual(new Set(TRACKS))
    for (const bucket of result.buckets) {
      expect(Object.values(bucket.statuses).reduce((a, b) => a + b, 0)).toBe(bucket.count)
    }
  })

  it('applies the query before windowing', () => {
    const store = storeOf(1000)
    const us = store.window({ query: { text: 'summit', tracks: ['united-states'] }, widthPx: 1000 })
    expect(us.total).toBe(100)
    expect(us.items).toHaveLength(100)
    expect(us.items.every((e) => e.track === 'united-states' && e.title.startsWith('Summit'))).toBe(
      true,
    )
    expect(
      store.window({ query: { text: 'summit', tracks: ['russia'] }, widthPx: 1000 }).total,
    ).toBe(0)
  })

  it('pages through the matching events in time order', () => {
    const store = storeOf(1000)
    const page = store.listPage({ tracks: ['ukraine'] }, 10, 5)
    expect(page.total).toBe(200)
    expect(page.items.map((e) => e.id)).toEqual(['e52', 'e57', 'e62', 'e67', 'e72'])
  })

  it('steps to the previous and next matching event', () => {
    const store = storeOf(100)
    expect(store.adjacent({ tracks: ['russia'] }, 'e1', 1)?.id).toBe('e6')
    expect(store.adjacent({ tracks: ['russia'] }, 'e6', -1)?.id).toBe('e1')
    expect(store.adjacent({ tracks: ['russia'] }, 'e1', -1)).toBeNull()
  })

  it('finds the same events by search before and after the index is built', async () => {
    const store = storeOf(3000)
    const before = store.listEvents({ text: 'summ numb' }).length
    await store.searchReady
    const after = store.listEvents({ text: 'summ numb' }).length
    expect(before).toBe(300)
    expect(after).toBe(300)
    expect(store.listEvents({ text: 'ummit' })).toEqual([])
  })

  it('finds the same events by one- and two-letter words before and after indexing', async () => {
    const store = storeOf(3000)
    const queries = ['s', 'su', 'm', 'nu 12', 'summit n', '1', '29', 'x', 'um']
    const before = queries.map((text) => store.listEvents({ text }).map((event) => event.id))
    await store.searchReady
    const after = queries.map((text) => store.listEvents({ text }).map((event) => event.id))
    expect(after).toEqual(before)
    expect(before[0]).toHaveLength(3000)
    expect(before[1]).toHaveLength(300)
    // "Meeting number 12", 120 to 129 and 1200 to 1299.
    expect(before[3]).toHaveLength(111)
    expect(before[3]).toEqual(expect.arrayContaining(['e12', 'e129', 'e1299']))
    expect(before[7]).toEqual([])
    expect(before[8]).toEqual([])
  })
})

describe('search as you type', () => {
  const ids = (
    store: EventStore,
    query: Parameters<EventStore['listEvents']>[0],
    notes?: NotesOverlay,
  ) => store.listEvents(query, notes).map((event) => event.id)

  it('finds, at every keystroke, what a fresh search finds, typing on or back', async () => {
    const typing = storeOf(3000)
    await typing.searchReady
    const keystrokes = [
      's',
      'su',
      'sum',
      'summ',
      'summit',
      'summit n',
      'summit nu',
      'summit 1',
      'summit 12',
      'summit 1',
      'sum',
      'me',
      'meeting 29',
    ]
    for (const text of keystrokes) {
      const fresh = storeOf(3000)
      await fresh.searchReady
      expect(ids(typing, { text }), text).toEqual(ids(fresh, { text }))
    }
    expect(ids(typing, { text: 'summit 12' })).toEqual([
      'e120',
      'e1200',
      'e1210',
      'e1220',
      'e1230',
      'e1240',
      'e1250',
      'e1260',
      'e1270',
      'e1280',
      'e1290',
    ])
  })

  it('matches each word in the event or in my notes on it, whichever way it was typed', async () => {
    const notes: NotesOverlay = {
      counts: new Map([['e0', 1]]),
      text: new Map([['e0', 'Asked about prisoner exchanges']]),
      version: 1,
    }
    const fresh = async (text: string) => {
      const store = storeOf(1000)
      await store.searchReady
      return ids(store, { text }, notes)
    }
    // "summit" is in the title, "prisoner" only in the note: each word is found somewhere.
    expect(await fresh('summit prisoner')).toEqual(['e0'])
    expect(await fresh('summit pr')).toContain('e0')
    const typing = storeOf(1000)
    await typing.searchReady
    for (const text of [
      'summit p',
      'summit pr',
      'summit pri',
      'summit prisoner',
      'summit prisoner s',
    ]) {
      expect(ids(typing, { text }, notes), text).toEqual(await fresh(text))
    }
  })

  it('does not narrow from a search made with other filters or other notes', async () => {
    const store = storeOf(1000)
    await store.searchReady
    expect(ids(store, { text: 'summ', tracks: ['russia'] })).toEqual([])
    expect(ids(store, { text: 'summit' })).toHaveLength(100)
    const notes: NotesOverlay = {
      counts: new Map([['e7', 1]]),
      text: new Map([['e7', 'Zanzibar summit notes']]),
      version: 1,
    }
    expect(ids(store, { text: 'zanz' }, notes)).toEqual(['e7'])
    expect(ids(store, { text: 'summit' }, notes)).toHaveLength(101)
    expect(ids(store, { text: 'summit z' }, notes)).toEqual(['e7'])
  })

  it('searches my notes as they are now, after they change', async () => {
    const store = storeOf(1000)
    await store.searchReady
    const before: NotesOverlay = {
      counts: new Map([['e3', 1]]),
      text: new Map([['e3', 'Zanzibar talks']]),
      version: 4,
    }
    expect(ids(store, { text: 'zanzibar' }, before)).toEqual(['e3'])
    // The note is edited: same event, other words.
    const after: NotesOverlay = {
      counts: new Map([['e3', 1]]),
      text: new Map([['e3', 'Timbuktu talks']]),
      version: 5,
    }
    expect(ids(store, { text: 'zanzibar' }, after)).toEqual([])
    expect(ids(store, { text: 'timbuktu' }, after)).toEqual(['e3'])
    expect(ids(store, { text: 'zanzibar' }, before)).toEqual(['e3'])
  })
})
