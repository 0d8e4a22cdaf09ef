import { setTimeout as wait } from 'node:timers/promises'
import { Worker } from 'node:worker_threads'

/** Runs in a thread of its own: SQLite's quick check reads every page of the file. */
const CHECK = `
const { parentPort, workerData } = require('node:worker_threads')
const { DatabaseSync } = require('node:sqlite')
try {
  const db = new DatabaseSync(new URL(workerData.location), { readOnly: true })
  const row = db.prepare('PRAGMA quick_check(1)').get() || {}
  db.close()
  parentPort.postMessage({ first: String(Object.values(row)[0] ?? 'ok') })
} catch (error) {
  parentPort.postMessage({ first: error.message })
}
`

/**
 * The first problem SQLite's quick check finds in a file, or null when it is sound. It reads
 * every page (seconds for a large timeline), so it runs in a worker thread after the file is
 * open, and the main process goes on meanwhile. Once `stop` is aborted (the file was closed)
 * it is not started, or its thread is ended, and it finds nothing: a check left running
 * would read a whole file no longer shown while the next one opens.
 */
export function checkIntegrityInBackground(
  path: string,
  immutable: boolean,
  delayMs = 0,
  stop?: AbortSignal,
): Promise<string | null> {
  const location = new URL(`file://${encodeURI(path)}`)
  if (immutable) location.search = 'immutable=1'
  // The wait does not hold the process open (a check is not worth keeping the app alive for);
  // it rejects only when stopped first.
  return wait(delayMs, undefined, { signal: stop, ref: false }).then(
    () => runCheck(location, stop),
    () => null,
  )
}

function runCheck(location: URL, stop?: AbortSignal): Promise<string | null> {
  return new Promise((resolve) => {
    const worker = new Worker(CHECK, { eval: true, workerData: { location: location.href } })
    const stopped = () => {
      worker.terminate().catch(() => undefined)
      resolve(null)
    }
    stop?.addEventListener('abort', stopped, { once: true })
    const done = (problem: string | null) => {
      stop?.removeEventListener('abort', stopped)
      resolve(problem)
    }
    worker.once('message', (answer: { first: string }) => {
      worker.terminate().catch(() => undefined)
      done(answer.first === 'ok' ? null : cleanProblem(answer.first))
    })
    worker.once('error', (error) => done(error.message))
  })
}

function cleanProblem(text: string): string {
  return text
    .replace(/\*\*\* in database \w+ \*\*\*/, '')
    .replace(/\s+/g, ' ')
    .trim()
}
