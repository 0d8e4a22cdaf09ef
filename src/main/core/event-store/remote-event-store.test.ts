// The store thread answers as the store does in this thread, carries the user's notes over
// when they change, and passes a failure back as an error.
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'rolldown'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { titleInFileAlone } from '../test-support/file-alone'
import { TimelineRepository } from '../timeline/timeline-repository'
import { EventStore, type NotesOverlay } from './event-store'
import { loadDataFolder } from './load-data-folder'
import { normalizeText } from './normalize-text'
import { openStoreInWorker } from './remote-event-store'
import type { TimelineEdits } from '../edits/timeline-edits'
import { TimelineExporter } from '../export/timeline-exporter'
import type { TimelineExports } from '../export/timeline-exports'
import type { TimelineStore } from './timeline-store'

let memory: EventStore
let remote: TimelineStore
let edits: TimelineEdits | null
let exports: TimelineExports
let path: string

beforeAll(async () => {
  const out = await mkdtemp(join(tmpdir(), 'timeline-store-worker-'))
  const script = join(out, 'store-worker.cjs')
  await build({
    input: join(__dirname, 'store-worker.ts'),
    platform: 'node',
    logLevel: 'silent',
    // One file: citation-js loads node-fetch lazily, which would make a chunk of its own.
    output: { file: script, format: 'cjs', codeSplitting: false },
  })
  const data = await loadDataFolder(join(__dirname, '..', '..', '..', '..', 'data'))
  memory = new EventStore('/memory', data)
  path = join(out, 'talks.timeline')
  TimelineRepository.create(path, { title: 'Talks', description: '' }, data)
  ;({
    store: remote,
    edits,
    exports,
  } = await openStoreInWorker(script, {
    path,
    immutable: false,
    writable: true,
  }))
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

  it('builds exports in the thread, with the notes as they are, and hands over their bytes', async () => {
    const notes = overlay('The xylophone question', 4)
    const here = new TimelineExporter(memory)
    const heading = { title: 'Talks', description: '' }
    for (const format of ['json', 'csv'] as const) {
      const request = { format, scope: { kind: 'filtered' as const, query: { text: 'xylophone' } } }
      const built = await exports.eventsFile(request, heading, notes)
      expect(built.bytes).toBeInstanceOf(Uint8Array)
      const expected = here.eventsFile(request, heading, notes)
      expect(new TextDecoder().decode(built.bytes)).toBe(new TextDecoder().decode(expected.bytes))
      expect(built).toEqual(expected)
      expect(built.eventCount).toBe(1)
    }
    const request = { format: 'bibtex' as const, scope: { kind: 'all' as const } }
    expect(await exports.citationsFile(request, notes)).toEqual(here.citationsFile(request, notes))
  })

  it('passes a failure back as an error with its message', async () => {
    await expect(remote.getEvent('no-such-event')).rejects.toThrow(
      'No event with id "no-such-event".',
    )
  })

  it('takes an edit, answers with the event saved, shows it to what was asked next, and undoes it', async () => {
    const event = await remote.getEvent('alaska-summit')
    const draft = {
      title: 'Envoys meet again in Anchorage',
      start: '2025-08-20',
      precision: 'day' as const,
      actors: [],
      track: event.track,
      tags: ['follow-up'],
      status: 'reported' as const,
      notes: 'A second meeting, as a test of the edit thread.',
      claims: [
        {
          claimant: 'a US official',
          sourceId: event.claims[0]!.sourceId,
          reported: '2025-08-20',
          readOn: '2025-08-21',
          text: 'They met again.',
          isQuote: false,
          status: 'reported' as const,
        },
      ],
    }
    const saving = edits!.saveEvent(
      { event: draft, newSources: [], newActors: [] },
      '2026-11-30T10:00:00.000Z',
    )
    // Asked before the edit is answered, as the timeline does: the thread answers in order.
    const window = remote.window({ query: { text: 'anchorage again' }, widthPx: 1000 })
    const saved = await saving
    expect(saved.eventId).toBe('envoys-meet-again-in-anchorage')
    expect((await window).items.map((e) => e.id)).toEqual(['envoys-meet-again-in-anchorage'])
    expect(saved.event).toEqual(await remote.getEvent('envoys-meet-again-in-anchorage'))
    const listed = await remote.listEvents({ text: 'anchorage again' })
    expect(listed.map((e) => e.id)).toEqual(['envoys-meet-again-in-anchorage'])
    expect(await remote.tags()).toContain('follow-up')
    expect(await edits!.undo()).toMatchObject({ eventId: null, event: null })
    expect(await remote.listEvents({ text: 'anchorage again' })).toEqual([])
    expect((await remote.listEvents({})).length).toBe(memory.listEvents({}).length)
  })

  it('once nothing has been asked for a moment, tidies the file: an edit reaches the file itself', async () => {
    const alaska = await remote.getEvent('alaska-summit')
    const title = 'Envoys meet once more, and the file is tidied'
    const { eventId } = await edits!.saveEvent(
      {
        event: {
          title,
          start: '2025-08-22',
          precision: 'day',
          actors: [],
          track: alaska.track,
          tags: [],
          status: 'reported',
          notes: 'A third meeting, as a test of tidying.',
          claims: [
            {
              claimant: 'a US official',
              sourceId: alaska.claims[0]!.sourceId,
              reported: '2025-08-22',
              readOn: '2025-08-22',
              text: 'They met once more.',
              isQuote: false,
              status: 'reported',
            },
          ],
        },
        newSources: [],
        newActors: [],
      },
      '2026-12-01T10:00:00.000Z',
    )
    // Answered at once; the copy into the file waits until the thread has been quiet.
    expect(titleInFileAlone(path, eventId!)).toBeNull()
    await expect.poll(() => titleInFileAlone(path, eventId!), { timeout: 5000 }).toBe(title)
  })
})
