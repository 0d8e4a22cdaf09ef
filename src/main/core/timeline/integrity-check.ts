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
 * open, and the main process goes on meanwhile.
 */
export function checkIntegrityInBackground(
  path: string,
  immutable: boolean,
  delayMs = 0,
): Promise<string | null> {
  const location = new URL(`file://${encodeURI(path)}`)
  if (immutable) location.search = 'immutable=1'
  return delay(delayMs).then(() => runCheck(location))
}

/** Waits without holding the process open: a check is not worth keeping the app alive for. */
function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref())
}

function runCheck(location: URL): Promise<string | null> {
  return new Promise((resolve) => {
    const worker = new Worker(CHECK, { eval: true, workerData: { location: location.href } })
    worker.once('message', (answer: { first: string }) => {
      worker.terminate().catch(() => undefined)
      resolve(answer.first === 'ok' ? null : cleanProblem(answer.first))
    })
    worker.once('error', (error) => resolve(error.message))
  })
}

function cleanProblem(text: string): string {
  return text
    .replace(/\*\*\* in database \w+ \*\*\*/, '')
    .replace(/\s+/g, ' ')
    .trim()
}
