// Edits as the main process takes them from the bridge: the same refusals as the dialog when
// the renderer is bypassed, nothing changed on the read-only sample, and an edit's round trip.
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAppServices } from './app-services'
import { BUNDLED_DATA, draftEvent, sampleTimelineFile } from './core/test-support/editable-timeline'
import { createHandlers } from './handlers'
import type { HostPorts } from './ports'

async function handlersOn(timelinePath?: string) {
  const ports: HostPorts = {
    userDataDir: await mkdtemp(join(tmpdir(), 'timeline-edit-handlers-')),
    now: () => new Date('2026-11-30T09:00:00Z'),
    openExternal: async () => undefined,
    chooseSavePath: async () => null,
    chooseOpenPath: async () => null,
    openFile: async () => undefined,
    printHtmlToPdf: async () => new Uint8Array(),
  }
  return createHandlers(createAppServices({ dataDir: BUNDLED_DATA, timelinePath }, ports))
}

const request = (overrides: Parameters<typeof draftEvent>[0] = {}) => ({
  event: draftEvent(overrides),
  newSources: [],
  newActors: [],
})

describe('edits through the bridge', () => {
  it('refuses every edit on the bundled sample, offers a copy, and changes nothing', async () => {
    const handlers = await handlersOn()
    const before = await handlers.listEvents({})
    for (const result of [
      await handlers.saveEvent(request()),
      await handlers.deleteEvent({ id: 'alaska-summit' }),
      await handlers.removeCatalogueItem({ kind: 'actor', id: 'witkoff', reassignTo: 'trump' }),
      await handlers.undoEdit(undefined),
    ]) {
      expect(result).toEqual({
        ok: false,
        error:
          '“US–Russia–Ukraine talks, 2025” cannot be changed (This is the bundled sample, which cannot be changed): save a copy to edit it.',
      })
    }
    expect(await handlers.listEvents({})).toEqual(before)
    expect(await handlers.getEditState(undefined)).toEqual({
      ok: true,
      value: { undoLabel: null, redoLabel: null },
    })
  })

  it('refuses a bad event with the field and the reason, as the dialog does', async () => {
    const handlers = await handlersOn(await sampleTimelineFile())
    const claim = draftEvent().claims[0]!
    const cases: Array<[unknown, RegExp]> = [
      [request({ title: 'x'.repeat(301) }), /event\.title: a title can be at most 300 characters/],
      [request({ end: '2025-11-01' }), /event\.end: end is before start/],
      [
        request({ precision: 'exact', start: '2025-11-25T14:00' }),
        /event\.start: a time needs its UTC offset, e\.g\. 2025-11-20T14:00:00\+02:00/,
      ],
      [request({ timeZone: 'Europe/Atlantis' }), /event\.timeZone: must be an IANA time zone/],
      [
        request({ claims: [{ ...claim, url: 'ftp://example.org/x' }] }),
        /event\.claims\.0\.url: must be an http\(s\) address/,
      ],
      [
        request({ claims: [{ ...claim, sourceId: '' }] }),
        /event\.claims\.0\.sourceId: a claim needs a source/,
      ],
    ]
    for (const [input, message] of cases) {
      const result = await handlers.saveEvent(input)
      expect(result.ok).toBe(false)
      expect(!result.ok && result.error).toMatch(/^The request "saveEvent" was refused: /)
      expect(!result.ok && result.error).toMatch(message)
    }
    expect(await handlers.getEditState(undefined)).toEqual({
      ok: true,
      value: { undoLabel: null, redoLabel: null },
    })
  })

  it('saves an event, shows it (to a window asked behind it too), tells its history, and undoes it', async () => {
    const handlers = await handlersOn(await sampleTimelineFile())
    const saving = handlers.saveEvent(request())
    // The timeline asks for its window right behind the edit, before the answer: it sees it.
    const window = handlers.queryWindow({ query: { text: 'abu dhabi' }, widthPx: 1000 })
    const saved = await saving
    expect(saved).toMatchObject({ ok: true, value: { eventId: 'envoys-meet-in-abu-dhabi' } })
    const shown = await window
    expect(shown.ok && shown.value.items.map((e) => e.id)).toEqual(['envoys-meet-in-abu-dhabi'])
    // The answer carries the event as saved, for the details to show without asking.
    const detail = await handlers.getEvent({ id: 'envoys-meet-in-abu-dhabi' })
    expect(saved.ok && saved.value.event).toEqual(detail.ok && detail.value)
    const found = await handlers.listEvents({ text: 'abu dhabi' })
    expect(found.ok && found.value.map((e) => e.id)).toEqual(['envoys-meet-in-abu-dhabi'])
    expect(await handlers.getEventHistory({ id: 'envoys-meet-in-abu-dhabi' })).toEqual({
      ok: true,
      value: [
        {
          seq: 1,
          at: '2026-11-30T09:00:00.000Z',
          label: 'Add event “Envoys meet in Abu Dhabi”',
          action: 'created',
          changes: [],
        },
      ],
    })
    expect(await handlers.undoEdit(undefined)).toMatchObject({ ok: true, value: { eventId: null } })
    expect(await handlers.listEvents({ text: 'abu dhabi' })).toEqual({ ok: true, value: [] })
    expect(await handlers.redoEdit(undefined)).toMatchObject({
      ok: true,
      value: { eventId: 'envoys-meet-in-abu-dhabi', state: { redoLabel: null } },
    })
  })

  it('shows a new track as a lane of the timeline at once', async () => {
    const handlers = await handlersOn(await sampleTimelineFile())
    await handlers.saveCatalogueItem({
      item: { kind: 'track', track: { id: 'gulf', label: 'Gulf states', colour: '#227755' } },
    })
    const info = await handlers.getTimeline(undefined)
    expect(info.ok && info.value.tracks.at(-1)).toEqual({
      id: 'gulf',
      label: 'Gulf states',
      colour: '#227755',
    })
  })
})
