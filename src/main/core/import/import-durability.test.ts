// kill -9 in the middle of an import: the timeline reopens sound and exactly as before.
import { fork } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { openEditable, sampleTimelineFile } from '../test-support/editable-timeline'
import { bundleScript, IMPORT_WORKER_SOURCE } from '../test-support/bundle-script'
import { writeAcledCsv } from '../test-support/generate-acled'

const KILLS = 4
let script: string
let workerScript: string
let dir: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'timeline-import-kill-'))
  script = await bundleScript(join(__dirname, 'import-writer.fixture.ts'), dir)
  workerScript = await bundleScript(IMPORT_WORKER_SOURCE)
}, 60_000)

/** Starts an import and SIGKILLs it once it has written `after` rows; false if it finished. */
function importAndKill(timeline: string, csv: string, after: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const child = fork(script, [timeline, csv, workerScript], {
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      execArgv: [],
    })
    let stderr = ''
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('message', (message: { rowsDone?: number; done?: boolean }) => {
      if ((message.rowsDone ?? 0) >= after) child.kill('SIGKILL')
    })
    child.on('close', (code, signal) => {
      if (signal === 'SIGKILL') resolve(true)
      else if (code === 0) resolve(false)
      else reject(new Error(`the import exited with ${code}: ${stderr}`))
    })
  })
}

describe('an import under kill -9', () => {
  it(
    `leaves the timeline exactly as before, through ${KILLS} kills`,
    { timeout: 300_000 },
    async () => {
      const timeline = await sampleTimelineFile(dir)
      const csv = join(dir, 'acled.csv')
      await writeAcledCsv(csv, 5000)
      const t = openEditable(timeline)
      const before = t.repository.readData()
      t.close()
      for (let round = 0; round < KILLS; round += 1) {
        const killed = await importAndKill(timeline, csv, 500 + round * 1000)
        expect(killed, `round ${round}: the import finished before the kill`).toBe(true)
        const after = openEditable(timeline)
        expect(after.repository.integrityProblem(), `round ${round}`).toBeNull()
        expect(after.repository.readData(), `round ${round}`).toEqual(before)
        expect(after.editor.editState()).toEqual({ undoLabel: null, redoLabel: null })
        after.close()
      }
    },
  )
})
