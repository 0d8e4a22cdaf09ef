/**
 * The benchmark: for each store size, the store's load time in Node, the app's timeline
 * figures in its real renderer, the same figures for plain vis-timeline, and PDF export times.
 * Prints a table and writes results in a shape meant to be compared across runs.
 */
import { mkdtemp, writeFile } from 'node:fs/promises'
import { cpus, platform, release, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { EventStore } from '../src/main/core/event-store/event-store'
import { EXPORT_EVERYTHING } from '../src/main/core/test-support/pdf-request'
import { launchApp } from '../e2e/support/app'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../e2e/support/paths'
import { generateStore, writeGeneratedStore } from './generate-store'
import { measureApp, measurePlain, type TimelineFigures } from './measure-app'
import type { ImportFigures } from './measure-import'
import { measureImportInChild } from './measure-import-child'
import { measureTimelineFile } from './measure-timeline-file'
import { IMPORT_WORKER_SCRIPT } from '../e2e/support/paths'

export interface BenchOptions {
  sizes: number[]
  passes: number
  /** Cold launches per host and size; the first view reported is their median. */
  launches: number
  pdfSizes: number[]
  /** Sizes of generated timeline files opened from the app (40 tracks). */
  fileSizes: number[]
  /** Rows of the generated ACLED-shaped CSVs imported (in the built import worker). */
  importSizes?: number[]
  outFile: string
  /** Measure the app only (for quick runs while working; the full run measures both). */
  skipPlain?: boolean
  log?: (line: string) => void
}

export interface RunFigures {
  n: number
  host: 'app' | 'plain'
  firstViewMs: number
  zoomP50Ms: number
  zoomP95Ms: number
  panP50Ms: number
  panP95Ms: number
  searchMs?: number
  heapMB: number
  domNodes: number
  /** Timeline files only: from "Open timeline" to the first drawn timeline, file opened. */
  coldOpenMs?: number
  /** The main process's heap after opening, after a full GC. */
  mainHeapMB?: number
  noteSaveP95Ms?: number
  /** Timeline files only: an edit saved, acknowledged and drawn; and an undo the same. */
  editP95Ms?: number
  undoP95Ms?: number
  /** The main process's longest event-loop stall while opening, zooming, panning, searching. */
  maxStallMs?: number
}

export interface FileRunFigures {
  n: number
  writeMs: number
  coldOpenP50Ms: number
  mainHeapBaselineMB: number
  maxStallOpenMs: number
  maxStallStepsMs: number
  noteSaveP50Ms: number
  editP50Ms: number
  undoP50Ms: number
  /** The disk's own sync of a page (see measure-disk-sync.ts), measured just before the notes. */
  diskSyncP50Ms: number
  diskSyncP95Ms: number
  diskSyncMaxMs: number
}

export interface BenchResults {
  machine: Record<string, string | number>
  runs: RunFigures[]
  store: Array<{ n: number; loadMs: number }>
  pdf: Array<{ n: number; ms: number }>
  timelineFiles: FileRunFigures[]
  /** An ACLED-shaped CSV imported into an empty timeline file: the run, and the stall meanwhile. */
  import?: ImportFigures[]
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[rank]!
}

const round = (x: number) => Math.round(x * 10) / 10

function toRun(n: number, host: 'app' | 'plain', f: TimelineFigures): RunFigures {
  return {
    n,
    host,
    firstViewMs: round(percentile(f.firstViewMs, 50)),
    zoomP50Ms: round(percentile(f.zoomMs, 50)),
    zoomP95Ms: round(percentile(f.zoomMs, 95)),
    panP50Ms: round(percentile(f.panMs, 50)),
    panP95Ms: round(percentile(f.panMs, 95)),
    ...(f.searchMs ? { searchMs: round(percentile(f.searchMs, 50)) } : {}),
    heapMB: round(f.heapMB),
    domNodes: f.domNodes,
  }
}

async function machine(): Promise<Record<string, string | number>> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
  const version = browser.version()
  await browser.close()
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGB: Math.round(totalmem() / 1024 ** 3),
    platform: `${platform()} ${release()}`,
    node: process.version,
    chromium: version,
    date: new Date().toISOString(),
  }
}

async function measurePdf(n: number): Promise<number> {
  const dir = await writeGeneratedStore(await mkdtemp(join(tmpdir(), 'timeline-bench-pdf-')), n)
  const savePath = join(await mkdtemp(join(tmpdir(), 'timeline-bench-out-')), 'bench.pdf')
  const app = await launchApp({ dataDir: dir, savePath, openAfterLoading: true })
  try {
    return await app.page.evaluate(async (request) => {
      const t0 = performance.now()
      const result = await window.api.exportPdf(request)
      if (!result.ok) throw new Error(result.error)
      return performance.now() - t0
    }, EXPORT_EVERYTHING)
  } finally {
    await app.close()
  }
}

export function formatTable(results: BenchResults): string {
  const header = [
    'n',
    'host',
    'first view',
    'zoom p50',
    'zoom p95',
    'pan p50',
    'pan p95',
    'search',
    'heap MB',
    'DOM nodes',
  ]
  const rows = results.runs.map((r) => [
    r.n.toLocaleString('en'),
    r.host,
    `${r.firstViewMs} ms`,
    `${r.zoomP50Ms} ms`,
    `${r.zoomP95Ms} ms`,
    `${r.panP50Ms} ms`,
    `${r.panP95Ms} ms`,
    r.searchMs === undefined ? '' : `${r.searchMs} ms`,
    String(r.heapMB),
    String(r.domNodes),
  ])
  for (const n of new Set(results.runs.map((r) => r.n))) {
    const app = results.runs.find((r) => r.n === n && r.host === 'app')
    const plain = results.runs.find((r) => r.n === n && r.host === 'plain')
    if (!app || !plain) continue
    const ratio = (a: number, b: number) => `${round(b / a)}× faster`
    rows.push([
      n.toLocaleString('en'),
      'plain/app',
      ratio(app.firstViewMs, plain.firstViewMs),
      ratio(app.zoomP50Ms, plain.zoomP50Ms),
      ratio(app.zoomP95Ms, plain.zoomP95Ms),
      ratio(app.panP50Ms, plain.panP50Ms),
      ratio(app.panP95Ms, plain.panP95Ms),
      '',
      `${round(app.heapMB / plain.heapMB)}× the heap`,
      '',
    ])
  }
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)))
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ')
  const store = results.store.map(
    (s) => `store load+validate, ${s.n.toLocaleString('en')} events: ${s.loadMs} ms`,
  )
  const pdf = results.pdf.map((p) => `PDF export, ${p.n.toLocaleString('en')} events: ${p.ms} ms`)
  const files = results.timelineFiles.map((f) => {
    const run = results.runs.find((r) => r.n === f.n && r.coldOpenMs !== undefined)
    return (
      `timeline file, ${f.n.toLocaleString('en')} events in 40 tracks: cold open ${run?.coldOpenMs} ms, ` +
      `main heap ${run?.mainHeapMB} MB (the host alone ${f.mainHeapBaselineMB} MB), ` +
      `note saved and shown p95 ${run?.noteSaveP95Ms} ms (p50 ${f.noteSaveP50Ms}), ` +
      `edit saved and drawn p95 ${run?.editP95Ms} ms (p50 ${f.editP50Ms}), ` +
      `undo p95 ${run?.undoP95Ms} ms (p50 ${f.undoP50Ms}), ` +
      `longest main stall ${f.maxStallOpenMs} ms opening, ${f.maxStallStepsMs} ms zooming, panning ` +
      `and searching (file written in ${f.writeMs} ms); the disk's own sync of a page, just ` +
      `before the notes: p50 ${f.diskSyncP50Ms} ms, p95 ${f.diskSyncP95Ms} ms, longest ${f.diskSyncMaxMs} ms`
    )
  })
  return [
    line(header),
    line(header.map((_, i) => '-'.repeat(widths[i]!))),
    ...rows.map(line),
    '',
    ...store,
    ...pdf,
    ...files,
    ...(results.import ?? []).map(
      (i) =>
        `import of ${i.n.toLocaleString('en')} ACLED rows: ${i.ms} ms (check ${i.checkMs} ms), longest stall ${i.maxStallMs} ms`,
    ),
  ].join('\n')
}

export async function runBench(options: BenchOptions): Promise<BenchResults> {
  const log = options.log ?? ((line: string) => console.log(line))
  const results: BenchResults = {
    machine: await machine(),
    runs: [],
    store: [],
    pdf: [],
    timelineFiles: [],
  }
  for (const n of options.sizes) {
    const dir = await writeGeneratedStore(await mkdtemp(join(tmpdir(), `timeline-bench-${n}-`)), n)
    const t0 = performance.now()
    await EventStore.load(dir)
    results.store.push({ n, loadMs: round(performance.now() - t0) })
    log(`n=${n}: store loaded in ${results.store.at(-1)!.loadMs} ms; measuring the app…`)
    results.runs.push(toRun(n, 'app', await measureApp(dir, options.passes, options.launches)))
    if (options.skipPlain) continue
    log(`n=${n}: measuring plain vis-timeline…`)
    results.runs.push(
      toRun(
        n,
        'plain',
        await measurePlain(generateStore(n).events, options.passes, options.launches),
      ),
    )
  }
  for (const n of options.fileSizes) {
    log(`n=${n}: a generated timeline file, opened from the app…`)
    const f = await measureTimelineFile(n, options.passes, options.launches)
    const fileFields = {
      coldOpenMs: round(percentile(f.coldOpenMs, 50)),
      mainHeapMB: round(f.mainHeapMB),
      noteSaveP95Ms: round(percentile(f.noteSaveMs, 95)),
      editP95Ms: round(percentile(f.editMs, 95)),
      undoP95Ms: round(percentile(f.undoMs, 95)),
      maxStallMs: round(Math.max(f.maxStallOpenMs, f.maxStallStepsMs)),
    }
    const existing = results.runs.find((r) => r.n === n && r.host === 'app')
    if (existing) Object.assign(existing, fileFields)
    else results.runs.push({ ...toRun(n, 'app', f), ...fileFields })
    results.timelineFiles.push({
      n,
      writeMs: round(f.writeMs),
      coldOpenP50Ms: fileFields.coldOpenMs,
      mainHeapBaselineMB: round(f.mainHeapBaselineMB),
      maxStallOpenMs: round(f.maxStallOpenMs),
      maxStallStepsMs: round(f.maxStallStepsMs),
      noteSaveP50Ms: round(percentile(f.noteSaveMs, 50)),
      editP50Ms: round(percentile(f.editMs, 50)),
      undoP50Ms: round(percentile(f.undoMs, 50)),
      diskSyncP50Ms: round(percentile(f.diskSyncMs, 50)),
      diskSyncP95Ms: round(percentile(f.diskSyncMs, 95)),
      diskSyncMaxMs: round(Math.max(...f.diskSyncMs)),
    })
  }
  for (const n of options.importSizes ?? []) {
    log(`n=${n}: importing an ACLED-shaped CSV…`)
    ;(results.import ??= []).push(await measureImportInChild(n, IMPORT_WORKER_SCRIPT))
  }
  for (const n of options.pdfSizes) {
    log(`PDF export of ${n} events…`)
    results.pdf.push({ n, ms: round(await measurePdf(n)) })
  }
  await writeFile(options.outFile, `${JSON.stringify(results, null, 2)}\n`)
  log(formatTable(results))
  return results
}
