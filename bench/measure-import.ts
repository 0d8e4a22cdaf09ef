/**
 * Importing a seeded, ACLED-shaped CSV of `n` rows into an empty timeline file, as the app
 * does it (check, then run, each in the import's worker thread), timed, with the longest
 * stall of this (the "main") process's event loop meanwhile.
 */
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { checkImportFile } from '../src/main/core/import/import-file'
import { ImportProgressCells } from '../src/main/core/import/import-progress'
import { runImportOffThread } from '../src/main/core/import/import-runner'
import { writeAcledCsv } from '../src/main/core/test-support/generate-acled'
import { TimelineRepository } from '../src/main/core/timeline/timeline-repository'

export interface ImportFigures {
  n: number
  /** The run: read, check and write every row, committed. */
  ms: number
  /** The check before it: the same reading, nothing written. */
  checkMs: number
  maxStallMs: number
}

const round = (x: number) => Math.round(x * 10) / 10

export async function measureImport(n: number, workerScript: string): Promise<ImportFigures> {
  const dir = await mkdtemp(join(tmpdir(), 'timeline-bench-import-'))
  const csv = join(dir, 'acled.csv')
  await writeAcledCsv(csv, n)
  const timelinePath = join(dir, 'imported.timeline')
  TimelineRepository.create(
    timelinePath,
    { title: 'Imported', description: '' },
    { tracks: [], actors: [], sources: [], events: [], problems: [] },
  )
  const file = await checkImportFile(csv)
  const job = {
    file,
    timelinePath,
    mapping: { preset: 'acled' as const, columns: {}, groupBy: 'event_type' },
    dateOrder: null,
    at: new Date().toISOString(),
  }
  const stalls = monitorEventLoopDelay({ resolution: 10 })
  stalls.enable()
  const t0 = performance.now()
  const checked = await runImportOffThread(
    workerScript,
    { ...job, mode: 'check' },
    new ImportProgressCells(),
  )
  const t1 = performance.now()
  const done = await runImportOffThread(
    workerScript,
    { ...job, mode: 'run' },
    new ImportProgressCells(),
  )
  const t2 = performance.now()
  stalls.disable()
  if (done.added !== n || checked.added !== n)
    throw new Error(`imported ${done.added} of ${n} rows (${done.rejected[0]?.rejected.message})`)
  return { n, ms: round(t2 - t1), checkMs: round(t1 - t0), maxStallMs: round(stalls.max / 1e6) }
}
