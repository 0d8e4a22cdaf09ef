import { describe, expect, it } from 'vitest'
import { fixtureEvent, validFiles, writeDataFolder } from '../test-support/data-fixtures'
import { loadDataFolder } from './load-data-folder'

async function load(files: Parameters<typeof writeDataFolder>[0]) {
  return loadDataFolder(await writeDataFolder(files))
}

describe('loadDataFolder', () => {
  it('loads a valid folder with no problems', async () => {
    const data = await load(validFiles())
    expect(data.problems).toEqual([])
    expect(data.events.map((e) => e.id)).toEqual(['alaska-summit'])
    expect(data.actors).toHaveLength(2)
    expect(data.sources).toHaveLength(2)
  })

  it('reports a missing file and keeps the rest', async () => {
    const { tracks, actors, sources } = validFiles([])
    const data = await load({ tracks, actors, sources })
    expect(data.problems).toEqual([
      { file: 'events.json', path: '(whole file)', message: 'the file is missing' },
    ])
    expect(data.actors).toHaveLength(2)
  })

  it('reports a file that is not JSON', async () => {
    const data = await load({ ...validFiles(), events: '{ "schemaVersion": 1, "events": [' })
    expect(data.problems).toHaveLength(1)
    expect(data.problems[0]).toMatchObject({ file: 'events.json', path: '(whole file)' })
    expect(data.problems[0]?.message).toMatch(/^not valid JSON/)
  })

  it('reports a wrong schema version and a missing list', async () => {
    const data = await load({
      ...validFiles(),
      actors: { schemaVersion: 7, actors: [] },
      sources: { schemaVersion: 1 },
    })
    expect(data.problems.slice(0, 2)).toEqual([
      { file: 'actors.json', path: 'schemaVersion', message: 'expected 1, found 7' },
      { file: 'sources.json', path: 'sources', message: 'expected a list' },
    ])
    // With no actors and no sources left, the event that cites them is left out too.
    expect(data.events).toEqual([])
  })

  it('leaves out an invalid record, naming the field, and keeps the valid ones', async () => {
    const broken = { ...fixtureEvent({ id: 'broken' }), track: 'atlantis' }
    const data = await load(validFiles([fixtureEvent(), broken]))
    expect(data.events.map((e) => e.id)).toEqual(['alaska-summit'])
    expect(data.problems).toHaveLength(1)
    expect(data.problems[0]).toMatchObject({ file: 'events.json', path: 'events[1].track' })
  })

  it.each([
    ['end before start', { end: '2025-08-14' }, 'events[0].end', /end is before start/],
    ['no claim', { claims: [] }, 'events[0].claims', /at least one claim/],
    ['an exact date without a time', { precision: 'exact' as const }, 'events[0].start', /time/],
  ])('rejects an event with %s', async (_name, overrides, path, message) => {
    const data = await load(validFiles([fixtureEvent(overrides)]))
    expect(data.events).toEqual([])
    expect(data.problems[0]?.path).toBe(path)
    expect(data.problems[0]?.message).toMatch(message)
  })

  it.each([
    ['without a source', 'sourceId', 'events[0].claims[0].sourceId'],
    ['without the day it was read', 'readOn', 'events[0].claims[0].readOn'],
  ])('rejects a claim %s', async (_name, key, path) => {
    const claim: Record<string, unknown> = { ...fixtureEvent().claims[0] }
    delete claim[key]
    const data = await load(validFiles([{ ...fixtureEvent(), claims: [claim] }]))
    expect(data.events).toEqual([])
    expect(data.problems[0]?.path).toBe(path)
  })

  it('keeps a claim whose reported day no source gives, and refuses one reported after it was read', async () => {
    const claim: Record<string, unknown> = { ...fixtureEvent().claims[0], readOn: '2025-11-21' }
    delete claim['reported']
    const undated = await load(validFiles([{ ...fixtureEvent(), claims: [claim] }]))
    expect(undated.problems).toEqual([])
    expect(undated.events[0]?.claims[0]?.reported).toBeUndefined()

    const late = { ...claim, reported: '2025-11-22' }
    const refused = await load(validFiles([{ ...fixtureEvent(), claims: [late] }]))
    expect(refused.events).toEqual([])
    expect(refused.problems[0]).toMatchObject({
      path: 'events[0].claims[0].reported',
      message: expect.stringMatching(/reported after it was read/),
    })
  })

  it.each(['javascript:alert(1)', 'file:///etc/passwd', 'ftp://example.org/x', 'not a url'])(
    'rejects a claim URL that is not http(s): %s',
    async (url) => {
      const claim = { ...fixtureEvent().claims[0], url }
      const data = await load(validFiles([{ ...fixtureEvent(), claims: [claim] }]))
      expect(data.events).toEqual([])
      expect(data.problems[0]?.path).toBe('events[0].claims[0].url')
    },
  )

  it('reports a duplicate id and keeps the first record', async () => {
    const data = await load(
      validFiles([fixtureEvent(), fixtureEvent({ title: 'A second event with the same id' })]),
    )
    expect(data.events).toHaveLength(1)
    expect(data.events[0]?.title).toBe('Trump and Putin hold a summit in Alaska')
    expect(data.problems).toEqual([
      {
        file: 'events.json',
        path: 'events[1].id',
        message: 'duplicate id "alaska-summit"; this record is left out',
      },
    ])
  })

  it('leaves out an event that cites a missing actor or source', async () => {
    const event = fixtureEvent({
      actors: [{ actorId: 'nobody', role: 'party' }],
      claims: [{ ...fixtureEvent().claims[0]!, sourceId: 'no-such-outlet' }],
    })
    const data = await load(validFiles([event]))
    expect(data.events).toEqual([])
    expect(data.problems.map((p) => p.path)).toEqual([
      'events[0].actors[0].actorId',
      'events[0].claims[0].sourceId',
    ])
    expect(data.problems[0]?.message).toBe(
      'no actor with id "nobody"; event "alaska-summit" is left out',
    )
  })
})
