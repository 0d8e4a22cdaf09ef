// Point 8 of the import issue: every bad input gets a clear message and changes nothing.
import { open, readFile } from 'node:fs/promises'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ImportRequest } from '../../../shared/import'
import {
  ACLED_HEADER,
  acledRow,
  csvText,
  importServiceOn,
  writeCsv,
} from '../test-support/import-fixtures'
import type { ImportService } from './import-service'
import type { Workspace } from '../workspace/workspace'

let service: ImportService
let workspace: Workspace
let dir: string
let answer: { open: string | null; save: string | null }
let timelineBytes: () => Promise<Buffer>

beforeEach(async () => {
  ;({ service, workspace, dir, answer } = await importServiceOn({}))
  const path = workspace.info().path!
  timelineBytes = () => readFile(path)
})

afterEach(async () => {
  await workspace.close()
})

/** Previews a file as the dialog would: its message when it is refused. */
async function previewOf(name: string, content: string | Buffer) {
  answer.open = await writeCsv(dir, name, content)
  return service.preview()
}

/** Previews, then imports a file into the open timeline, as the dialog would. */
async function imported(
  name: string,
  content: string | Buffer,
  mapping?: ImportRequest['mapping'],
) {
  const preview = (await previewOf(name, content))!
  return service.run({
    importId: preview.importId,
    mapping: mapping ?? preview.mapping,
    dateOrder: null,
    target: 'open',
  })
}

describe('bad input', () => {
  it('an empty file', async () => {
    const before = await timelineBytes()
    await expect(previewOf('empty.csv', '')).rejects.toThrow(
      '"empty.csv" cannot be imported: the file is empty (0 bytes).',
    )
    expect(await timelineBytes()).toEqual(before)
  })

  it('a header-only CSV', async () => {
    await expect(previewOf('header.csv', `${ACLED_HEADER.join(',')}\n`)).rejects.toThrow(
      '"header.csv" cannot be imported: it has a header but no rows.',
    )
  })

  it('a binary file renamed .csv', async () => {
    const bytes = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 31) % 256))
    await expect(previewOf('photo.csv', bytes)).rejects.toThrow(
      '"photo.csv" cannot be imported: it is not a text file (CSV or JSON) but binary data.',
    )
  })

  it('a 1 GB file, refused by its size before it is read', async () => {
    answer.open = await writeCsv(dir, 'huge.csv', '')
    const handle = await open(answer.open, 'r+')
    await handle.truncate(1024 ** 3) // sparse: no gigabyte is written or read
    await handle.close()
    await expect(service.preview()).rejects.toThrow(
      '"huge.csv" cannot be imported: it is 1.0 GB, and an import reads at most 512.0 MB; split it into smaller files.',
    )
  })

  it('a UTF-8 BOM', async () => {
    const preview = await previewOf('bom.csv', `\uFEFF${csvText(ACLED_HEADER, [acledRow()])}`)
    expect(preview).toMatchObject({ preset: 'acled', header: [...ACLED_HEADER] })
    expect(await imported('bom.csv', `\uFEFF${csvText(ACLED_HEADER, [acledRow()])}`)).toMatchObject(
      {
        outcome: 'imported',
        counts: { added: 1, rejected: 0 },
      },
    )
  })

  it('Windows line endings', async () => {
    const text = csvText(
      ACLED_HEADER,
      [acledRow(), acledRow({ event_id_cnty: 'UKR2', event_date: 'x' })],
      '\r\n',
    )
    const result = await imported('windows.csv', text)
    expect(result).toMatchObject({ outcome: 'imported', counts: { added: 1, rejected: 1 } })
    if (result.outcome === 'imported')
      expect(result.counts.rejectedRows[0]!.message).toBe("line 3, event_date: 'x' is not a date")
  })

  it('quoted newlines inside cells', async () => {
    const notes = 'First line of the notes.\r\nSecond line, "quoted".'
    const text = csvText(ACLED_HEADER, [
      acledRow({ notes }),
      acledRow({ event_id_cnty: 'UKR2', time_precision: '9' }),
    ])
    const result = await imported('newlines.csv', text)
    expect(result).toMatchObject({ outcome: 'imported', counts: { added: 1 } })
    if (result.outcome === 'imported')
      expect(result.counts.rejectedRows[0]!.message).toBe(
        "line 4, time_precision: '9' is not 1, 2 or 3",
      )
    const event = await workspace.current().store.getEvent('ukr1001')
    expect(event.notes).toBe(notes)
  })

  it('a 10 MB cell: the row is refused with the field’s limit, the others imported', async () => {
    const text = csvText(ACLED_HEADER, [
      acledRow({ notes: 'x'.repeat(10 * 1024 * 1024) }),
      acledRow({ event_id_cnty: 'UKR2' }),
    ])
    const result = await imported('big-cell.csv', text)
    expect(result).toMatchObject({ outcome: 'imported', counts: { added: 1, rejected: 1 } })
    if (result.outcome === 'imported')
      expect(result.counts.rejectedRows[0]!.message).toMatch(/^line 2, notes: .*4000/)
  })

  it('Cyrillic and Turkish text (Київ, Erdoğan)', async () => {
    const text = csvText(ACLED_HEADER, [
      acledRow({ location: 'Київ', actor1: 'Erdoğan', notes: 'Зустріч у Києві; Erdoğan görüştü.' }),
    ])
    await imported('names.csv', text)
    const event = await workspace.current().store.getEvent('ukr1001')
    expect(event.title).toBe('Armed clash in Київ')
    expect(event.notes).toBe('Зустріч у Києві; Erdoğan görüştü.')
    expect(event.actors[0]!.actor.name).toBe('Erdoğan')
  })

  it('a JSON file of the wrong shape', async () => {
    const before = await timelineBytes()
    await expect(imported('wrong.json', '{"events": [1, 2, 3]}')).rejects.toThrow(
      'It is not a timeline exported by this app: it has no "format": "diplomatic-timeline".',
    )
    await expect(
      imported(
        'almost.json',
        JSON.stringify({ format: 'diplomatic-timeline', version: 1, events: [] }),
      ),
    ).rejects.toThrow(/^It is not a timeline document this app can read: timeline: /)
    expect(await timelineBytes()).toEqual(before)
  })

  it('a JSON file nested 100,000 deep', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`
    await expect(imported('deep.json', deep)).rejects.toThrow(
      'It is nested more than 64 levels deep, which no timeline document is.',
    )
  })
})
