import { describe, expect, it } from 'vitest'
import { fixtureEvent, validFiles, writeDataFolder } from '../test-support/data-fixtures'
import { EventStore } from './event-store'

const events = [
  fixtureEvent(),
  fixtureEvent({
    id: 'ankara',
    title: 'Zelensky meets Erdoğan in Ankara',
    start: '2025-11-19',
    track: 'mediators',
    tags: ['diplomacy'],
    status: 'reported',
    actors: [{ actorId: 'trump', role: 'mediator' }],
    notes: 'Zelensky travelled to Türkiye to revive dialogue.',
  }),
  fixtureEvent({
    id: 'miami',
    title: 'Meetings in Miami',
    start: '2025-10-24',
    end: '2025-10-26',
    precision: 'approximate',
    track: 'russia',
    tags: ['peace-plan'],
    status: 'disputed',
    actors: [{ actorId: 'putin', role: 'envoy' }],
    notes: 'A version of the framework was reportedly drawn up.',
  }),
]

async function store(): Promise<EventStore> {
  return EventStore.load(await writeDataFolder(validFiles(events)))
}

const ids = (list: Array<{ id: string }>) => list.map((e) => e.id)

describe('EventStore', () => {
  it('lists events in time order', async () => {
    expect(ids((await store()).listEvents())).toEqual(['alaska-summit', 'miami', 'ankara'])
  })

  it('filters by a time range that overlaps the event', async () => {
    const s = await store()
    expect(ids(s.listEvents({ from: '2025-10-25', to: '2025-11-01' }))).toEqual(['miami'])
    expect(ids(s.listEvents({ from: '2025-08-15', to: '2025-08-15' }))).toEqual(['alaska-summit'])
    expect(ids(s.listEvents({ from: '2025-10-27T00:00:00Z', to: '2025-11-18' }))).toEqual([])
  })

  it('filters by tracks, actors, tags and status', async () => {
    const s = await store()
    expect(ids(s.listEvents({ tracks: ['mediators', 'russia'] }))).toEqual(['miami', 'ankara'])
    expect(ids(s.listEvents({ actorIds: ['putin'] }))).toEqual(['alaska-summit', 'miami'])
    expect(ids(s.listEvents({ tags: ['peace-plan', 'diplomacy'] }))).toEqual(['miami', 'ankara'])
    expect(ids(s.listEvents({ statuses: ['disputed'] }))).toEqual(['miami'])
  })

  it('searches titles, notes and claims, ignoring case and accents', async () => {
    const s = await store()
    expect(ids(s.listEvents({ text: 'erdogan' }))).toEqual(['ankara'])
    expect(ids(s.listEvents({ text: 'TURKIYE' }))).toEqual(['ankara'])
    expect(ids(s.listEvents({ text: 'framework drawn' }))).toEqual(['miami'])
    expect(ids(s.listEvents({ text: 'peskov' }))).toHaveLength(3)
    expect(ids(s.listEvents({ text: 'nbc' }))).toHaveLength(3)
    expect(ids(s.listEvents({ text: 'moscow summit' }))).toEqual([])
  })

  it('resolves an event’s actors and its claims’ sources', async () => {
    const detail = (await store()).getEvent('alaska-summit')
    expect(detail.actors.map((a) => [a.actor.name, a.role])).toEqual([
      ['Donald Trump', 'party'],
      ['Vladimir Putin', 'party'],
    ])
    expect(detail.claims[0]?.source.name).toBe('NBC News')
    expect(detail.claims[0]?.readIn?.name).toBe('News report of 21 November 2025')
  })

  it('says which id it could not find', async () => {
    const s = await store()
    expect(() => s.getEvent('nowhere')).toThrow('No event with id "nowhere".')
  })
})
