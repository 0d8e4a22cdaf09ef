// "Export events" and "Export citations" through the handlers, as the renderer calls them: the
// save dialog's answer, the file written, and a disk that fails is an error, never "Saved".
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { TimelineExportSchema } from '../shared/exchange-format'
import { createAppServices } from './app-services'
import { validFiles, writeDataFolder } from './core/test-support/data-fixtures'
import { mockWrites } from './core/test-support/mock-writes'
import { createHandlers } from './handlers'
import type { HostPorts } from './ports'

afterEach(() => {
  vi.restoreAllMocks()
})

async function setup() {
  const folder = await mkdtemp(join(tmpdir(), 'timeline-export-'))
  let answer: string | null = join(folder, 'export.out')
  const asked: string[] = []
  const ports: HostPorts = {
    userDataDir: await mkdtemp(join(tmpdir(), 'timeline-export-user-')),
    now: () => new Date('2026-01-01T00:00:00Z'),
    openExternal: async () => undefined,
    chooseSavePath: async (suggested) => {
      asked.push(suggested)
      return answer
    },
    chooseOpenPath: async () => null,
    openFile: async () => undefined,
    printHtmlToPdf: async () => new Uint8Array(),
  }
  const services = createAppServices({ dataDir: await writeDataFolder(validFiles()) }, ports)
  return {
    handlers: createHandlers(services),
    folder,
    asked,
    savePath: () => answer,
    cancelNext: () => (answer = null),
  }
}

describe('export handlers', () => {
  it('write the events where the user chose, and answer the path and counts', async () => {
    const { handlers, savePath, asked } = await setup()
    const result = await handlers.exportEvents({ format: 'json', scope: { kind: 'all' } })
    expect(result).toEqual({
      ok: true,
      value: { path: savePath(), eventCount: 1, claimCount: 1 },
    })
    expect(asked).toEqual(['us-russia-ukraine-talks-2025-events.json'])
    const document = TimelineExportSchema.parse(JSON.parse(await readFile(savePath()!, 'utf8')))
    expect(document.events.map((e) => e.id)).toEqual(['alaska-summit'])
  })

  it('write the citations of one event as RIS, suggesting a name after it', async () => {
    const { handlers, savePath, asked } = await setup()
    const result = await handlers.exportCitations({
      format: 'ris',
      scope: { kind: 'event', eventId: 'alaska-summit' },
    })
    expect(result).toMatchObject({ ok: true, value: { path: savePath(), claimCount: 1 } })
    expect(asked).toEqual(['alaska-summit-citations.ris'])
    expect(await readFile(savePath()!, 'utf8')).toMatch(/^TY {2}- NEWS\r?\n/)
  })

  it('answer null and write nothing when the user cancels the save dialog', async () => {
    const { handlers, folder, cancelNext } = await setup()
    cancelNext()
    expect(await handlers.exportEvents({ format: 'csv', scope: { kind: 'all' } })).toEqual({
      ok: true,
      value: null,
    })
    expect(await handlers.exportCitations({ format: 'bibtex', scope: { kind: 'all' } })).toEqual({
      ok: true,
      value: null,
    })
    expect(await readdir(folder)).toEqual([])
  })

  it('report a short write or a full disk as an error, keeping the old file', async () => {
    const { handlers, folder, savePath } = await setup()
    await writeFile(savePath()!, 'the old export')
    mockWrites(async (real, bytes, offset, length, position) => {
      await real(bytes, offset, Math.floor(length / 2), position)
      return { bytesWritten: length }
    })
    const short = await handlers.exportEvents({
      format: 'csv',
      scope: { kind: 'filtered', query: { tracks: ['united-states'] } },
    })
    expect(short).toEqual({
      ok: false,
      error: expect.stringMatching(/^Could not save .*export\.out: the disk took only part of it/),
    })
    vi.restoreAllMocks()
    mockWrites(async () => {
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })
    })
    const full = await handlers.exportCitations({ format: 'csl-json', scope: { kind: 'all' } })
    expect(full).toEqual({
      ok: false,
      error: expect.stringMatching(/: the disk is full\. Nothing was written\.$/),
    })
    expect(await readFile(savePath()!, 'utf8')).toBe('the old export')
    expect(await readdir(folder)).toEqual(['export.out'])
  })
})
