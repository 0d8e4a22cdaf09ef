// kill -9 at random moments while notes are being saved: after every kill the file parses,
// validates, and holds every note whose save was acknowledged.
import { fork } from 'node:child_process'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'rolldown'
import { beforeAll, describe, expect, it } from 'vitest'
import { AnnotationsDocumentSchema } from '../../../shared/annotations'
import { ANNOTATIONS_FILE, AnnotationRepository } from './annotation-repository'

const KILLS = 200
let writerScript: string

beforeAll(async () => {
  const out = await mkdtemp(join(tmpdir(), 'timeline-writer-'))
  writerScript = join(out, 'writer.cjs')
  await build({
    input: join(__dirname, 'durability-writer.fixture.ts'),
    platform: 'node',
    logLevel: 'silent',
    output: { file: writerScript, format: 'cjs' },
  })
})

/** Starts a writer and SIGKILLs it after a random delay once it is saving. */
function runAndKill(dir: string, round: number, acked: Set<string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = fork(writerScript, [dir, String(round)], {
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      execArgv: [],
    })
    let stderr = ''
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('message', (message: { ready?: boolean; acked?: string; notice?: unknown }) => {
      if (message.ready) {
        if (message.notice)
          reject(
            new Error(`round ${round}: recovery was needed: ${JSON.stringify(message.notice)}`),
          )
        // Kill anywhere from immediately to well into the stream of writes.
        setTimeout(() => child.kill('SIGKILL'), Math.random() * 40)
      }
      if (message.acked) acked.add(message.acked)
    })
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve()
      else reject(new Error(`writer exited with ${code}: ${stderr}`))
    })
  })
}

describe('annotations under kill -9', () => {
  it(`keep every acknowledged note through ${KILLS} kills`, { timeout: 600_000 }, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'timeline-kill-'))
    const acked = new Set<string>()
    for (let round = 0; round < KILLS; round += 1) {
      await runAndKill(dir, round, acked)
      let text: string
      try {
        text = await readFile(join(dir, ANNOTATIONS_FILE), 'utf8')
      } catch {
        // Killed before the first save ever completed: then nothing can have been acknowledged.
        expect(acked.size).toBe(0)
        continue
      }
      const document = AnnotationsDocumentSchema.parse(JSON.parse(text))
      const stored = new Set(document.annotations.map((a) => a.id))
      const lost = [...acked].filter((id) => !stored.has(id))
      expect(lost, `round ${round}: acknowledged notes missing after kill`).toEqual([])
    }
    expect(acked.size).toBeGreaterThan(KILLS)
    const reopened = await AnnotationRepository.open(dir)
    expect(reopened.notice).toBeNull()
    expect(reopened.all().length).toBeGreaterThanOrEqual(acked.size)
  })
})
