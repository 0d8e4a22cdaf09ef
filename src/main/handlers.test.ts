import { describe, expect, it } from 'vitest'
import { CHANNELS } from '../shared/api'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createAppServices } from './app-services'
import { CallQuiet } from './core/call-quiet'
import { validFiles, writeDataFolder } from './core/test-support/data-fixtures'
import { createHandlers } from './handlers'
import type { HostPorts } from './ports'

/** Lets a notification sent after an answer arrive, as it does in the app. */
const answered = () => new Promise<void>((resolve) => setImmediate(resolve))

async function setup(options: { onNotesChanged?: () => void } = {}) {
  const opened: string[] = []
  const userDataDir = await mkdtemp(join(tmpdir(), 'timeline-handlers-'))
  const notesFile = join(userDataDir, 'my-notes.json')
  const ports: HostPorts = {
    userDataDir,
    now: () => new Date('2026-01-01T00:00:00Z'),
    openExternal: async (url) => {
      opened.push(url)
    },
    chooseSavePath: async (suggested) => (suggested.endsWith('.json') ? notesFile : null),
    chooseOpenPath: async (kind) => (kind === 'notes' ? notesFile : null),
    openFile: async () => undefined,
    printHtmlToPdf: async () => new Uint8Array(),
  }
  const dir = await writeDataFolder(validFiles())
  const services = createAppServices({ dataDir: dir, ...options }, ports)
  return { handlers: createHandlers(services), services, opened }
}

describe('handlers', () => {
  it('implements every channel of the contract', async () => {
    const { handlers } = await setup()
    expect(Object.keys(handlers).sort()).toEqual([...CHANNELS].sort())
  })

  it('answers a valid call with ok and the value', async () => {
    const { handlers } = await setup()
    const result = await handlers.listEvents({ tracks: ['united-states'] })
    expect(result.ok && result.value.map((e) => e.id)).toEqual(['alaska-summit'])
  })

  it('refuses bad input with a message that names the channel and the field', async () => {
    const { handlers } = await setup()
    expect(await handlers.listEvents({ tracks: ['Atlantis!'] })).toEqual({
      ok: false,
      error: expect.stringMatching(/^The request "listEvents" was refused: tracks\.0: /),
    })
    expect(await handlers.getEvent({ id: 'alaska-summit', extra: 1 })).toEqual({
      ok: false,
      error: expect.stringMatching(/refused: input: Unrecognized key: "extra"/),
    })
    expect(await handlers.getStoreStatus('surprise')).toMatchObject({ ok: false })
  })

  it('counts every call, refused ones too, so work readied ahead waits for them to pause', async () => {
    const { services } = await setup()
    const callQuiet = new CallQuiet(30)
    const handlers = createHandlers({ ...services, callQuiet })
    const readied: string[] = []
    callQuiet.whenQuiet(() => readied.push('spare'))
    await new Promise((resolve) => setTimeout(resolve, 60))
    expect(readied).toEqual([])
    expect(await handlers.getEvent({ id: 'alaska-summit', extra: 1 })).toMatchObject({ ok: false })
    expect(await handlers.getEvent({ id: 'alaska-summit' })).toMatchObject({ ok: true })
    expect(readied).toEqual([])
    await new Promise((resolve) => setTimeout(resolve, 60))
    expect(readied).toEqual(['spare'])
  })

  it('turns a failure into an error result instead of throwing', async () => {
    const { handlers } = await setup()
    expect(await handlers.getEvent({ id: 'missing' })).toEqual({
      ok: false,
      error: 'No event with id "missing".',
    })
  })

  it('opens only http(s) links in the system browser', async () => {
    const { handlers, opened } = await setup()
    expect(await handlers.openExternal({ url: 'https://example.org/a' })).toEqual({
      ok: true,
      value: null,
    })
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'smb://host/share', 'x']) {
      expect(await handlers.openExternal({ url })).toMatchObject({ ok: false })
    }
    expect(opened).toEqual(['https://example.org/a'])
  })

  it('tells the renderer once per write that changed the notes, never on a read or a refusal', async () => {
    let told = 0
    const { handlers } = await setup({ onNotesChanged: () => (told += 1) })
    const added = await handlers.addAnnotation({ eventId: 'alaska-summit', text: 'First' })
    if (!added.ok) throw new Error(added.error)
    // The answer goes first: the panel that saved shows the note before the others ask again.
    expect(told).toBe(0)
    await answered()
    expect(told).toBe(1)
    await handlers.updateAnnotation({ id: added.value.id, text: 'First, revised' })
    await answered()
    expect(told).toBe(2)
    await handlers.listAnnotations({ eventId: 'alaska-summit' })
    await handlers.listEvents({})
    await handlers.addAnnotation({ eventId: 'no-such-event', text: 'Lost' })
    await answered()
    expect(told).toBe(2)

    // A notes file whose notes are all here already changes nothing.
    expect(await handlers.exportAnnotations(undefined)).toMatchObject({ ok: true })
    expect(await handlers.importAnnotations(undefined)).toMatchObject({
      ok: true,
      value: { unchanged: 1 },
    })
    await answered()
    expect(told).toBe(2)

    const removed = await handlers.deleteAnnotation({ id: added.value.id })
    if (!removed.ok) throw new Error(removed.error)
    await answered()
    expect(told).toBe(3)
    await handlers.restoreAnnotation({ annotation: removed.value })
    await answered()
    expect(told).toBe(4)
    await handlers.deleteAnnotation({ id: added.value.id })
    expect(await handlers.importAnnotations(undefined)).toMatchObject({
      ok: true,
      value: { added: 1 },
    })
    await answered()
    expect(told).toBe(6)
  })
})
