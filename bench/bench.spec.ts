// `npm run bench`: the full benchmark. Not part of `npm test` (bench-smoke.spec.ts is).
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test } from '@playwright/test'
import { runBench } from './run-bench'

test('benchmark', async () => {
  test.setTimeout(3 * 60 * 60 * 1000)
  // Everything the run writes (generated stores and timeline files, the app's user-data
  // folders with their backups, the import's CSV, the import child's files) goes in one
  // folder, removed at the end: a full run left about 4 GB behind in the system's temp folder.
  const scratch = mkdtempSync(join(tmpdir(), 'timeline-bench-'))
  const systemTemp = process.env['TMPDIR']
  process.env['TMPDIR'] = scratch
  try {
    await measure()
  } finally {
    if (systemTemp === undefined) delete process.env['TMPDIR']
    else process.env['TMPDIR'] = systemTemp
    rmSync(scratch, { recursive: true, force: true })
  }
})

async function measure(): Promise<void> {
  const sizes = (process.env['BENCH_SIZES'] ?? '1000,10000,50000')
    .split(',')
    .filter(Boolean)
    .map(Number)
  await runBench({
    sizes,
    passes: Number(process.env['BENCH_PASSES'] ?? 3),
    launches: Number(process.env['BENCH_LAUNCHES'] ?? 3),
    pdfSizes: process.env['BENCH_PDF'] === '0' ? [] : [100, 1000],
    fileSizes: (process.env['BENCH_FILE_SIZES'] ?? '50000,200000')
      .split(',')
      .filter(Boolean)
      .map(Number),
    importSizes: (process.env['BENCH_IMPORT_SIZES'] ?? '200000')
      .split(',')
      .filter(Boolean)
      .map(Number),
    skipPlain: process.env['BENCH_PLAIN'] === '0',
    outFile: join(
      __dirname,
      process.env['BENCH_PLAIN'] === '0' ? 'results.app-only.json' : 'results.json',
    ),
  })
}
