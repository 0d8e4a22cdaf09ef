// kill -9 at random moments while notes are being saved: after every kill the user database
// opens without recovery and holds every note whose save was acknowledged.
import { fork } from 'node:child_process'
import { mkdtemp, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'rolldown'
import { beforeAll, describe, expect, it } from 'vitest'
import { UserDatabase } from '../user-data/user-database'
import { USER_DATABASE_FILE } from '../user-data/user-database-schema'
import { AnnotationRepository } from './annotation-repository'

const KILL_TEST_TIMELINE = 'kill-test-timeline'

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
    const child = fork(writerScript, [dir, String(round), KILL_TEST_TIMELINE], {
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
      if (!(await stat(join(dir, USER_DATABASE_FILE)).catch(() => null))) {
        // Killed before the database was ever created: then nothing can have been acknowledged.
        expect(acked.size).toBe(0)
        continue
      }
      const db = await UserDatabase.open(dir)
      expect(db.notices, `round ${round}: the database needed recovery`).toEqual([])
      await db.backupDone
      const stored = new Set(db.notesOf(KILL_TEST_TIMELINE).map((a) => a.id))
      db.close()
      const lost = [...acked].filter((id) => !stored.has(id))
      expect(lost, `round ${round}: acknowledged notes missing after kill`).toEqual([])
    }
    expect(acked.size).toBeGreaterThan(KILLS)
    const db = await UserDatabase.open(dir)
    expect(db.notices).toEqual([])
    expect(new AnnotationRepository(db, KILL_TEST_TIMELINE).all().length).toBeGreaterThanOrEqual(
      acked.size,
    )
  })
})
