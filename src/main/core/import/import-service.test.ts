// "Import events" as the main process serves it: the import's worker thread, progress and
// Cancel, the sample refused, a new timeline, and the rejected rows saved as CSV.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { bundleScript, IMPORT_WORKER_SOURCE } from '../test-support/bundle-script'
import { writeAcledCsv } from '../test-support/generate-acled'
import {
  ACLED_HEADER,
  acledRow,
  csvText,
  importServiceOn,
  writeCsv,
} from '../test-support/import-fixtures'

let workerScript: string

beforeAll(async () => {
  workerScript = await bundleScript(IMPORT_WORKER_SOURCE)
}, 60_000)

describe('the import service', () => {
  it('imports in its worker thread, and the open timeline shows the events at once', async () => {
    const { service, workspace, dir, answer } = await importServiceOn({ workerScript })
    answer.open = await writeCsv(dir, 'acled.csv', csvText(ACLED_HEADER, [acledRow()]))
    const preview = (await service.preview())!
    expect(preview).toMatchObject({ format: 'csv', preset: 'acled', estimatedRows: 1 })
    expect(preview.rows[0]![0]).toBe('UKR1001')
    expect(JSON.stringify(preview)).not.toContain(dir)
    const request = {
      importId: preview.importId,
      mapping: preview.mapping,
      dateOrder: null,
      target: 'open' as const,
    }
    expect(await service.check(request)).toMatchObject({ rows: 1, added: 1, rejected: 0 })
    expect(service.progress(preview.importId)).toEqual({ phase: 'done', rowsDone: 1, rowsTotal: 1 })
    const result = await service.run(request)
    expect(result).toMatchObject({ outcome: 'imported', counts: { added: 1 } })
    expect((await workspace.current().store.getEvent('ukr1001')).externalId).toBe('UKR1001')
    expect((await workspace.editsOf().editState()).undoLabel).toBe(
      'Import “acled.csv”: 1 added, 0 updated',
    )
    await workspace.close()
  })

  it('cancels a run part-way: the timeline is as it was', async () => {
    const { service, workspace, dir, answer } = await importServiceOn({ workerScript })
    const path = workspace.info().path!
    answer.open = join(dir, 'big.csv')
    await writeAcledCsv(answer.open, 20_000)
    const before = await workspace.current().store.status()
    const preview = (await service.preview())!
    const running = service.run({
      importId: preview.importId,
      mapping: preview.mapping,
      dateOrder: null,
      target: 'open',
    })
    // The window may ask for progress while it runs, and edits wait for the import.
    while (service.progress(preview.importId).rowsDone < 1000)
      await new Promise((r) => setTimeout(r, 20))
    expect(service.progress(preview.importId).phase).toBe('importing')
    expect(() => workspace.assertEditable()).toThrow('An import into this timeline is running')
    service.cancel(preview.importId)
    expect(await running).toEqual({ outcome: 'cancelled' })
    expect(await workspace.current().store.status()).toEqual(before)
    expect(workspace.info().path).toBe(path)
    expect((await workspace.editsOf().editState()).undoLabel).toBeNull()
    await workspace.close()
  }, 120_000)

  it('refuses to import into the sample, offering a new timeline, and imports there (in its threads)', async () => {
    const { service, workspace, dir, answer } = await importServiceOn({
      sampleOnly: true,
      workerScript,
    })
    answer.open = await writeCsv(dir, 'acled.csv', csvText(ACLED_HEADER, [acledRow()]))
    const preview = (await service.preview())!
    expect(preview.openTimelineRefusal).toBe(
      '“US–Russia–Ukraine talks, 2025” cannot be changed (This is the bundled sample, which cannot be changed): import into a new timeline instead.',
    )
    const request = {
      importId: preview.importId,
      mapping: preview.mapping,
      dateOrder: null,
      target: 'open' as const,
    }
    await expect(service.run(request)).rejects.toThrow('import into a new timeline instead.')
    expect(await service.check({ ...request, target: 'new' })).toMatchObject({ added: 1 })
    answer.save = join(dir, 'imported.timeline')
    const result = await service.run({ ...request, target: 'new' })
    expect(result).toMatchObject({
      outcome: 'imported',
      timeline: { title: 'imported', path: answer.save, isSample: false },
    })
    expect((await workspace.current().store.tracks()).map((t) => t.label)).toEqual(['Battles'])
    await workspace.close()
  })

  it('saves the rejected rows as a CSV with the reason, to fix and import again', async () => {
    const { service, workspace, dir, answer } = await importServiceOn({})
    const rows = [
      acledRow(),
      acledRow({
        event_id_cnty: 'UKR2',
        event_date: '2025-13-01',
        notes: 'Says "when", with a comma',
      }),
    ]
    answer.open = await writeCsv(dir, 'acled.csv', csvText(ACLED_HEADER, rows))
    const preview = (await service.preview())!
    const checked = await service.check({
      importId: preview.importId,
      mapping: preview.mapping,
      dateOrder: null,
      target: 'open',
    })
    expect(checked.rejectedRows.map((r) => r.message)).toEqual([
      "line 3, event_date: '2025-13-01' is not a date",
    ])
    answer.save = join(dir, 'rejected.csv')
    expect(await service.saveRejected(preview.importId)).toEqual({ path: answer.save, count: 1 })
    const saved = await readFile(answer.save, 'utf8')
    expect(saved).toBe(
      `${[...ACLED_HEADER, 'reason'].join(',')}\r\n${ACLED_HEADER.map((c) => rows[1]![c]!)
        .map((v) => (/[",;]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v))
        .join(',')},"line 3, event_date: '2025-13-01' is not a date"\r\n`,
    )
    await workspace.close()
  })

  it('refuses an import id it does not know', async () => {
    const { service, workspace } = await importServiceOn({})
    expect(() => service.progress('2b1f0c9e-8d7a-4b6c-9e5f-1a2b3c4d5e6f')).toThrow(
      'This import is no longer open: choose the file again.',
    )
    await workspace.close()
  })
})
