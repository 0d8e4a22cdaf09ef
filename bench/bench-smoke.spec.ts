// A smoke run of the benchmark inside `npm test`, so it cannot rot: one pass at 1,000
// events. It asserts only that every figure was produced; speed is for `npm run bench`.
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { runBench, type BenchResults } from './run-bench'

test('the benchmark runs and produces every figure', async () => {
  test.setTimeout(10 * 60 * 1000)
  const outFile = join(await mkdtemp(join(tmpdir(), 'timeline-bench-smoke-')), 'results.json')
  await runBench({
    sizes: [1000],
    passes: 1,
    launches: 1,
    pdfSizes: [100],
    fileSizes: [2000],
    importSizes: [500],
    outFile,
    log: () => undefined,
  })
  const results = JSON.parse(await readFile(outFile, 'utf8')) as BenchResults
  expect(results.machine['cores']).toBeGreaterThan(0)
  expect(results.runs.map((r) => `${r.n} ${r.host}`)).toEqual([
    '1000 app',
    '1000 plain',
    '2000 app',
  ])
  for (const run of results.runs) {
    for (const key of [
      'firstViewMs',
      'zoomP50Ms',
      'zoomP95Ms',
      'panP50Ms',
      'panP95Ms',
      'heapMB',
      'domNodes',
    ] as const) {
      expect(Number.isFinite(run[key]) && run[key] > 0, `${run.host} ${key}`).toBe(true)
    }
  }
  expect(Number.isFinite(results.runs[0]!.searchMs)).toBe(true)
  expect(results.store).toEqual([{ n: 1000, loadMs: expect.any(Number) }])
  expect(results.pdf).toEqual([{ n: 100, ms: expect.any(Number) }])
  const file = results.runs.find((r) => r.n === 2000)!
  for (const key of [
    'coldOpenMs',
    'mainHeapMB',
    'noteSaveP95Ms',
    'editP95Ms',
    'undoP95Ms',
    'maxStallMs',
  ] as const) {
    expect(Number.isFinite(file[key]) && file[key]! > 0, `timeline file ${key}`).toBe(true)
  }
  expect(results.timelineFiles).toHaveLength(1)
  const { diskSyncP50Ms, diskSyncP95Ms, diskSyncMaxMs } = results.timelineFiles[0]!
  expect(
    0 < diskSyncP50Ms && diskSyncP50Ms <= diskSyncP95Ms && diskSyncP95Ms <= diskSyncMaxMs,
  ).toBe(true)
  expect(results.import).toEqual([
    { n: 500, ms: expect.any(Number), checkMs: expect.any(Number), maxStallMs: expect.any(Number) },
  ])
})
