import { fork } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'rolldown'
import type { ImportFigures } from './measure-import'

/**
 * `measureImport` in a fresh Node process (see import-child.ts). Apart from measure-import.ts,
 * so the child's bundle does not take in rolldown.
 */
export async function measureImportInChild(
  n: number,
  workerScript: string,
): Promise<ImportFigures> {
  const script = join(await mkdtemp(join(tmpdir(), 'timeline-bench-import-child-')), 'child.cjs')
  await build({
    input: join(__dirname, 'import-child.ts'),
    platform: 'node',
    logLevel: 'silent',
    output: { file: script, format: 'cjs' },
  })
  return new Promise((resolve, reject) => {
    const child = fork(script, [String(n), workerScript], { execArgv: ['--no-warnings'] })
    child.once('message', (figures: ImportFigures) => resolve(figures))
    child.once('exit', (code) => reject(new Error(`the import benchmark exited with ${code}`)))
  })
}
