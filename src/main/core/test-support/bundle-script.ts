import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'rolldown'

/** The import's worker, as the app builds it. */
export const IMPORT_WORKER_SOURCE = join(__dirname, '..', 'import', 'import-worker.ts')
/** A timeline file's store thread, as the app builds it. */
export const STORE_WORKER_SOURCE = join(__dirname, '..', 'event-store', 'store-worker.ts')

/**
 * Bundles a TypeScript entry into one CommonJS script (in `dir`, else a new temporary folder),
 * for a test to run in a worker thread or a child process as the built app would.
 */
export async function bundleScript(input: string, dir?: string): Promise<string> {
  const file = join(dir ?? (await mkdtemp(join(tmpdir(), 'timeline-script-'))), 'script.cjs')
  await build({
    input,
    platform: 'node',
    logLevel: 'silent',
    // One file: citation-js loads node-fetch lazily, which would make a chunk of its own.
    output: { file, format: 'cjs', codeSplitting: false },
  })
  return file
}
