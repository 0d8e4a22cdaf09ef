// kill -9 at random moments while events are added, changed, undone and redone: after every
// kill the timeline opens sound and holds every step that was acknowledged.
import { fork } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'rolldown'
import { beforeAll, describe, expect, it } from 'vitest'
import { openEditable, sampleTimelineFile } from '../test-support/editable-timeline'

const KILLS = 100
let writerScript: string

beforeAll(async () => {
  const out = await mkdtemp(join(tmpdir(), 'timeline-edit-writer-'))
  writerScript = join(out, 'edit-writer.cjs')
  await build({
    input: join(__dirname, 'edit-writer.fixture.ts'),
    platform: 'node',
    logLevel: 'silent',
    output: { file: writerScript, format: 'cjs' },
  })
})

interface Acked {
  id: string
  status: string
}

/** Starts a writer and SIGKILLs it after a random delay once it is editing. */
function runAndKill(
  path: string,
  round: number,
  acked: Map<string, string>,
): Promise<Acked | null> {
  return new Promise((resolve, reject) => {
    const child = fork(writerScript, [path, String(round)], {
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      execArgv: [],
    })
    let stderr = ''
    let last: Acked | null = null
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('message', (message: { ready?: boolean } & Partial<Acked>) => {
      // Even rounds may die while the file opens; odd ones once their first step is saved.
      const kill = () => setTimeout(() => child.kill('SIGKILL'), Math.random() * 40)
      if (message.ready && round % 2 === 0) kill()
      if (!last && message.id && round % 2 === 1) kill()
      if (message.id && message.status) {
        acked.set(message.id, message.status)
        last = { id: message.id, status: message.status }
      }
    })
    // 'close', not 'exit': by then every message the writer sent has been taken in.
    child.on('close', (code, signal) => {
      if (signal === 'SIGKILL') resolve(last)
      else reject(new Error(`writer exited with ${code}: ${stderr}`))
    })
  })
}

describe('edits under kill -9', () => {
  it(
    `keep every acknowledged edit, undo and redo through ${KILLS} kills`,
    { timeout: 600_000 },
    async () => {
      const path = await sampleTimelineFile()
      const acked = new Map<string, string>()
      for (let round = 0; round < KILLS; round += 1) {
        const last = await runAndKill(path, round, acked)
        const t = openEditable(path)
        try {
          expect(t.repository.integrityProblem(), `round ${round}`).toBeNull()
          for (const [id, status] of acked) {
            const event = t.store
              .listEvents({ text: id.replaceAll('-', ' ') })
              .find((e) => e.id === id)
            // The step after the last acknowledged one may have reached the disk unacknowledged.
            const inFlight = last?.id === id
            expect(event, `round ${round}: ${id} lost`).toBeDefined()
            const stored = t.store.getEvent(id).claims[0]!.status
            if (inFlight) acked.set(id, stored)
            else expect(stored, `round ${round}: ${id}`).toBe(status)
          }
        } finally {
          t.close()
        }
      }
      expect(acked.size).toBeGreaterThan(KILLS / 2)
    },
  )
})
