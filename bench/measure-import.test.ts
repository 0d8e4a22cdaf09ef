// The import figure on its own, without the rest of the benchmark (which needs Chromium):
//   BENCH_IMPORT=200000 npx vitest run bench/measure-import.test.ts
// Skipped unless BENCH_IMPORT is set: timed figures are never a test's assertion.
import { expect, it } from 'vitest'
import { bundleScript, IMPORT_WORKER_SOURCE } from '../src/main/core/test-support/bundle-script'
import { measureImportInChild } from './measure-import-child'

const n = Number(process.env['BENCH_IMPORT'] ?? 0)

it.runIf(n > 0)('imports a generated ACLED-shaped CSV', { timeout: 600_000 }, async () => {
  const script = await bundleScript(IMPORT_WORKER_SOURCE)
  const figures = await measureImportInChild(n, script)
  console.log(JSON.stringify({ import: [figures] }))
  expect(figures.n).toBe(n)
})
