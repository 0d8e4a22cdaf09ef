import { describe, expect, it } from 'vitest'
import { CHANNELS } from '../shared/api'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createAppServices } from './app-services'
import { validFiles, writeDataFolder } from './core/test-support/data-fixtures'
import { createHandlers } from './handlers'
import type { HostPorts } from './ports'

async function setup() {
  const opened: string[] = []
  const ports: HostPorts = {
    userDataDir: await mkdtemp(join(tmpdir(), 'timeline-handlers-')),
    now: () => new Date('2026-01-01T00:00:00Z'),
    openExternal: async (url) => {
      opened.push(url)
    },
    chooseSavePath: async () => null,
    chooseOpenPath: async () => null,
    openFile: async () => undefined,
    printHtmlToPdf: async () => new Uint8Array(),
  }
  const dir = await writeDataFolder(validFiles())
  return { handlers: createHandlers(createAppServices({ dataDir: dir }, ports)), opened }
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
})
