// The import figure on its own, without the rest of the benchmark (which needs Chromium):
//   BENCH_IMPORT=200000 npx vitest run bench/measure-import.test.ts
// Skipped unless BENCH_IMPORT is set: timed figures are never a test's assertion.
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'rolldown'
import { expect, it } from 'vitest'
import { measureImportInChild } from './measure-import-child'

const n = Number(process.env['BENCH_IMPORT'] ?? 0)

it.runIf(n > 0)('imports a generated ACLED-shaped CSV', { timeout: 600_000 }, async () => {
  const script = join(await mkdtemp(join(tmpdir(), 'timeline-import-worker-')), 'import-worker.cjs')
  await build({
    input: join(__dirname, '..', 'src', 'main', 'core', 'import', 'import-worker.ts'),
    platform: 'node',
    logLevel: 'silent',
    output: { file: script, format: 'cjs' },
  })
  const figures = await measureImportInChild(n, script)
  console.log(JSON.stringify({ import: [figures] }))
  expect(figures.n).toBe(n)
})
