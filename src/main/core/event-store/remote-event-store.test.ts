// The store thread answers as the store does in this thread, carries the user's notes over
// when they change, and passes a failure back as an error.
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'rolldown'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TimelineRepository } from '../timeline/timeline-repository'
import { EventStore, type NotesOverlay } from './event-store'
import { loadDataFolder } from './load-data-folder'
import { normalizeText } from './normalize-text'
import { openStoreInWorker } from './remote-event-store'
import type { TimelineStore } from './timeline-store'

let memory: EventStore
let remote: TimelineStore

beforeAll(async () => {
  const out = await mkdtemp(join(tmpdir(), 'timeline-store-worker-'))
  const script = join(out, 'store-worker.cjs')
  await build({
    input: join(__dirname, 'store-worker.ts'),
    platform: 'node',
    logLevel: 'silent',
    output: { file: script, format: 'cjs' },
  })
  const data = await loadDataFolder(join(__dirname, '..', '..', '..', '..', 'data'))
  memory = new EventStore('/memory', data)
  const path = join(out, 'talks.timeline')
  TimelineRepository.create(path, { title: 'Talks', description: '' }, data)
  remote = await openStoreInWorker(script, { path, immutable: false })
}, 60_000)

afterAll(async () => {
  await remote.close()
})

function overlay(text: string, version: number): NotesOverlay {
  return {
    counts: new Map([['alaska-summit', 1]]),
    text: new Map([['alaska-summit', `\n${normalizeText(text)}`]]),
    version,
  }
}

describe('a timeline file’s store in its own thread', () => {
  it('answers lists, windows, pages, steps and details as the store does here', async () => {
    const notes = overlay('Compare with the readout', 1)
    for (const query of [{}, { text: 'peskov' }, { tracks: ['ukraine'] }, { text: 'readout' }]) {
      expect(await remote.listEvents(query, notes)).toEqual(memory.listEvents(query, notes))
      expect(await remote.window({ query, widthPx: 1000 }, notes)).toEqual(
        memory.window({ query, widthPx: 1000 }, notes),
      )
      expect(await remote.listPage(query, 2, 5, notes)).toEqual(memory.listPage(query, 2, 5, notes))
    }
    expect(await remote.adjacent({}, 'alaska-summit', 1, notes)).toEqual(
      memory.adjacent({}, 'alaska-summit', 1, notes),
    )
    expect(await remote.getEvent('alaska-summit')).toEqual(memory.getEvent('alaska-summit'))
    expect(await remote.tracks()).toEqual(memory.tracks())
  })

  it('searches the notes as they are now, once they change', async () => {
    expect(await remote.listEvents({ text: 'xylophone' }, overlay('first words', 2))).toEqual([])
    const changed = overlay('A xylophone of a summit', 3)
    expect((await remote.listEvents({ text: 'xylophone' }, changed)).map((e) => e.id)).toEqual([
      'alaska-summit',
    ])
  })

  it('passes a failure back as an error with its message', async () => {
    await expect(remote.getEvent('no-such-event')).rejects.toThrow(
      'No event with id "no-such-event".',
    )
  })
})
