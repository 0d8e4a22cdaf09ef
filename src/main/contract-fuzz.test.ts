// Every channel of the contract, fed malformed input: each call must come back as
// { ok: false, error } with a readable message, never throw, and change no file.
import { createHash } from 'node:crypto'
import { mkdtemp, readdir, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { CHANNELS, contract, type Channel } from '../shared/api'
import { createAppServices } from './app-services'
import { validFiles, writeDataFolder } from './core/test-support/data-fixtures'
import { draftEvent } from './core/test-support/editable-timeline'
import { EXPORT_EVERYTHING } from './core/test-support/pdf-request'
import { createHandlers, type HandlerTable } from './handlers'
import type { HostPorts } from './ports'

const annotation = {
  id: '2b1f0c9e-8d7a-4b6c-9e5f-1a2b3c4d5e6f',
  eventId: 'alaska-summit',
  eventTitle: 'Alaska',
  text: 'A note',
  createdAt: '2026-11-01T10:00:00.000Z',
  updatedAt: '2026-11-01T10:00:00.000Z',
}

const importRequest = {
  importId: annotation.id,
  mapping: { preset: 'acled', columns: {}, groupBy: 'event_type' },
  dateOrder: null,
  target: 'open',
}

/** One valid input per channel with an object input; the fuzzer breaks it key by key. */
const VALID: Partial<Record<Channel, Record<string, unknown>>> = {
  openRecentTimeline: { path: '/tmp/talks.timeline' },
  listEvents: { text: 'summit', tracks: ['russia'], from: '2025-01-01' },
  getEvent: { id: 'alaska-summit' },
  queryWindow: {
    query: {},
    start: '2025-08-01T00:00:00Z',
    end: '2025-09-01T00:00:00Z',
    widthPx: 800,
  },
  listEventsPage: { query: {}, offset: 0, limit: 50 },
  adjacentEvent: { query: {}, id: 'alaska-summit', direction: 1 },
  openExternal: { url: 'https://example.org/' },
  listAnnotations: { eventId: 'alaska-summit' },
  addAnnotation: { eventId: 'alaska-summit', text: 'hello' },
  updateAnnotation: { id: annotation.id, text: 'hello' },
  deleteAnnotation: { id: annotation.id },
  restoreAnnotation: { annotation },
  exportPdf: { ...EXPORT_EVERYTHING },
  exportEvents: { format: 'csv', scope: { kind: 'filtered', query: { tracks: ['russia'] } } },
  exportCitations: { format: 'csl-json', scope: { kind: 'event', eventId: 'alaska-summit' } },
  saveEvent: { id: 'alaska-summit', event: draftEvent(), newSources: [], newActors: [] },
  deleteEvent: { id: 'alaska-summit' },
  saveCatalogueItem: {
    item: { kind: 'actor', actor: { id: 'witkoff-2', name: 'Witkoff', kind: 'person' } },
  },
  removeCatalogueItem: { kind: 'actor', id: 'witkoff', reassignTo: 'trump' },
  getEventHistory: { id: 'alaska-summit' },
  saveLink: {
    link: {
      kind: 'contradicts',
      from: { eventId: 'alaska-summit' },
      to: { eventId: 'miami-meetings' },
      note: 'A note',
    },
  },
  deleteLink: { id: 'a-link' },
  listEventLinks: { id: 'alaska-summit' },
  listLinksAmong: { ids: ['alaska-summit', 'miami-meetings'] },
  attachDocument: { target: { eventId: 'alaska-summit', claimId: 'c1' } },
  listDocuments: { eventId: 'alaska-summit' },
  openDocument: { id: annotation.id },
  removeDocument: { id: annotation.id },
  saveViewState: { schemaVersion: 1, range: null, query: {}, selectedId: null },
  checkImport: importRequest,
  runImport: importRequest,
  getImportProgress: { importId: annotation.id },
  cancelImport: { importId: annotation.id },
  saveRejectedRows: { importId: annotation.id },
}

function wrongTypeFor(value: unknown): unknown {
  return typeof value === 'string' ? 42 : 'not the right type'
}

function malformedInputs(channel: Channel): Array<[string, unknown]> {
  const cases: Array<[string, unknown]> = [
    ['a number', 42],
    ['a string', 'x'],
    ['an array', [1, 2, 3]],
    ['null', null],
    [
      'a __proto__ payload',
      JSON.parse(
        '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}',
      ),
    ],
    ['a huge array', Array.from({ length: 100_000 }, () => ({}))],
  ]
  const valid = VALID[channel]
  if (!valid) return [...cases, ['an empty object', {}], ['an object', { id: 'x' }]]
  const shape = (contract[channel].input as z.ZodObject).shape
  cases.push(['an extra key', { ...valid, extra: 'key' }])
  cases.push([
    'a __proto__ key beside valid ones',
    JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(valid).slice(1)}`),
  ])
  for (const [key, value] of Object.entries(valid)) {
    cases.push([`${key} of the wrong type`, { ...valid, [key]: wrongTypeFor(value) }])
    if (!(shape[key] as z.ZodType).safeParse(undefined).success) {
      const rest = { ...valid }
      delete rest[key]
      cases.push([`${key} missing`, rest])
    }
    if (typeof value === 'string')
      cases.push([`${key} over the length limit`, { ...valid, [key]: 'x'.repeat(1_000_000) }])
    if (Array.isArray(value)) {
      cases.push([
        `${key} as a huge array`,
        { ...valid, [key]: Array.from({ length: 100_000 }, () => value[0]) },
      ])
    }
  }
  return cases
}

/**
 * Every file under a folder, by its hash. SQLite's `-shm` file is left out: it is the shared
 * index of the write-ahead log, which readers update too; it holds none of the user's data.
 */
async function fingerprint(dir: string): Promise<Record<string, string>> {
  const entries: Record<string, string> = {}
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name.endsWith('-shm')) continue
    const path = join(entry.parentPath, entry.name)
    entries[path] = createHash('sha256')
      .update(await readFile(path))
      .digest('hex')
  }
  return entries
}

let handlers: HandlerTable
let dataDir: string
let userDataDir: string
const calls: string[] = []

beforeAll(async () => {
  dataDir = await writeDataFolder(validFiles())
  userDataDir = await mkdtemp(join(tmpdir(), 'timeline-fuzz-'))
  const ports: HostPorts = {
    userDataDir,
    now: () => new Date('2026-11-23T12:00:00Z'),
    openExternal: async (url) => {
      calls.push(`openExternal ${url}`)
    },
    chooseSavePath: async () => {
      calls.push('chooseSavePath')
      return null
    },
    chooseOpenPath: async () => {
      calls.push('chooseOpenPath')
      return null
    },
    openFile: async (path) => {
      calls.push(`openFile ${path}`)
    },
    printHtmlToPdf: async () => {
      calls.push('printHtmlToPdf')
      return new Uint8Array()
    },
  }
  const services = createAppServices({ dataDir }, ports)
  handlers = createHandlers(services)
  // The backup taken at start is written by then, so it cannot pass for a change.
  await (
    await services.workspace
  ).userDb.backupDone
  // Create the user's files first, so "no file changed" has something to guard.
  await handlers.addAnnotation({ eventId: 'alaska-summit', text: 'Existing note' })
  await handlers.saveViewState({ schemaVersion: 1, range: null, query: {}, selectedId: null })
})

describe.each(CHANNELS.map((channel) => [channel]))('%s refuses malformed input', (channel) => {
  it.each(malformedInputs(channel))('%s', async (_name, input) => {
    const before = [await fingerprint(userDataDir), await fingerprint(dataDir)]
    calls.length = 0
    const call = handlers[channel]
    const result = await call(input)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.error).toMatch(new RegExp(`^The request "${channel}" was refused: `))
      expect(result.error.length).toBeLessThan(2_000)
    }
    expect(calls).toEqual([])
    expect([await fingerprint(userDataDir), await fingerprint(dataDir)]).toEqual(before)
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  })
})
