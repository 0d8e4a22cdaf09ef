// The bundled store must load with no problem at all, and the four events named in the
// project's fact sheet must carry exactly the dates and precision it gives.
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadDataFolder, type LoadedData } from '../src/main/core/event-store/load-data-folder'

let data: LoadedData

beforeAll(async () => {
  data = await loadDataFolder(join(__dirname))
})

function event(id: string) {
  const found = data.events.find((e) => e.id === id)
  if (!found) throw new Error(`The bundled data has no event "${id}".`)
  return found
}

describe('the bundled data', () => {
  it('loads with no problem: unique ids, known actors and sources, valid dates and claims', () => {
    expect(data.problems).toEqual([])
  })

  it('holds at least 20 events over all five tracks', () => {
    expect(data.events.length).toBeGreaterThanOrEqual(20)
    expect(data.tracks.map((t) => t.id)).toEqual([
      'united-states',
      'russia',
      'ukraine',
      'europe-uk',
      'mediators',
    ])
    expect(new Set(data.events.map((e) => e.track))).toEqual(new Set(data.tracks.map((t) => t.id)))
  })

  it('gives every event notes of two to five sentences and at least one claim', () => {
    for (const e of data.events) {
      const sentences = e.notes.split(/(?<=[.!?])\s+(?=[A-Z“"‘'])/).length
      expect(sentences, e.id).toBeGreaterThanOrEqual(2)
      expect(sentences, e.id).toBeLessThanOrEqual(5)
      expect(e.claims.length, e.id).toBeGreaterThanOrEqual(1)
    }
  })

  it('invents no link and no title: no URL or source title is recorded', () => {
    for (const source of data.sources) {
      expect(source.url, source.id).toBeUndefined()
      expect(source.title, source.id).toBeUndefined()
    }
    for (const e of data.events) for (const c of e.claims) expect(c.url, e.id).toBeUndefined()
  })

  it.each([
    ['alaska-summit', '2025-08-15', undefined, 'day', 'America/Anchorage'],
    ['miami-meetings', '2025-10-24', '2025-10-26', 'approximate', 'America/New_York'],
    ['driscoll-kyiv-visit', '2025-11-19', '2025-11-20', 'day', 'Europe/Kyiv'],
    ['trump-endorses-28-point-plan', '2025-11-21', undefined, 'day', undefined],
  ])('dates %s as the fact sheet does', (id, start, end, precision, timeZone) => {
    const e = event(id)
    expect({ start: e.start, end: e.end, precision: e.precision, timeZone: e.timeZone }).toEqual({
      start,
      end,
      precision,
      timeZone,
    })
  })

  it('credits the endorsement to NBC News citing an official', () => {
    const claims = event('trump-endorses-28-point-plan').claims
    expect(claims.some((c) => c.sourceId === 'nbc-news' && /official/i.test(c.claimant))).toBe(true)
  })
})
