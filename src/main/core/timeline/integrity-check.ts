import { setTimeout as wait } from 'node:timers/promises'
import { Worker } from 'node:worker_threads'
import type { CallQuiet } from '../call-quiet'

/**
 * Runs in a thread of its own: SQLite's quick check reads every page of the file. Only what
 * SQLite calls damage is a problem; a check that could not run (the file busy, memory short)
 * says so apart, and the file is not taken for damaged.
 */
const CHECK = `
const { parentPort, workerData } = require('node:worker_threads')
const { DatabaseSync } = require('node:sqlite')
let db
try {
  db = new DatabaseSync(new URL(workerData.location), { readOnly: true, timeout: 2000 })
  const row = db.prepare('PRAGMA quick_check(1)').get() || {}
  parentPort.postMessage({ first: String(Object.values(row)[0] ?? 'ok') })
} catch (error) {
  const code = (error.errcode ?? 0) & 255
  const damaged = code === 11 || code === 26
  parentPort.postMessage(damaged ? { first: error.message } : { unchecked: error.message })
} finally {
  if (db && db.isOpen) db.close()
}
`

/**
 * The first problem SQLite's quick check finds in a file, or null when it is sound (or could
 * not be checked). It reads every page (3.5 s for an 816 MB timeline), so it runs in a worker
 * thread after the file is open, and the main process goes on meanwhile. Once `stop` is
 * aborted (the file is being closed) it is not started, or finds nothing; one already reading
 * cannot be cut short (SQLite's check is not interrupted from JavaScript), and it resolves
 * only once its thread has closed the file. Closed then, the app's own connection is the
 * file's last, and SQLite folds the write-ahead log into the file: a thread ended before it
 * closed its connection held the log open, and the file alone lacked the latest edits.
 *
 * Given `quiet`, it begins only at a pause in the renderer's calls, as the backups do: at
 * 200,000 events, a check run while the user saved notes and edits right after opening made
 * an edit's p50 40.7 ms and its p95 78.8 ms, against 21–22 ms and 33–39 ms without it. The
 * check's thread at the lowest priority (nice 19) changed nothing (37.2 and 71.9 ms): it is
 * not a matter of which thread the kernel runs first on the machine's two cores.
 */
export function checkIntegrityInBackground(
  path: string,
  immutable: boolean,
  delayMs = 0,
  stop?: AbortSignal,
  quiet?: CallQuiet,
): Promise<string | null> {
  const location = new URL(`file://${encodeURI(path)}`)
  if (immutable) location.search = 'immutable=1'
  // The wait does not hold the process open (a check is not worth keeping the app alive for);
  // it rejects only when stopped first.
  return wait(delayMs, undefined, { signal: stop, ref: false })
    .then(() => quiet?.nextPause(stop))
    .then(
      () => runCheck(location, stop),
      () => null,
    )
}

function runCheck(location: URL, stop?: AbortSignal): Promise<string | null> {
  return new Promise((resolve) => {
    const worker = new Worker(CHECK, { eval: true, workerData: { location: location.href } })
    let problem: string | null = null
    worker.once('message', (answer: { first?: string }) => {
      if (answer.first !== undefined && answer.first !== 'ok') problem = cleanProblem(answer.first)
    })
    // A thread that could not run the check has found no damage: the file is not to blame.
    worker.on('error', () => undefined)
    // The thread ends on its own once its connection is closed (or it failed to start).
    worker.once('exit', () => resolve(stop?.aborted ? null : problem))
  })
}

function cleanProblem(text: string): string {
  return text
    .replace(/\*\*\* in database \w+ \*\*\*/, '')
    .replace(/\s+/g, ' ')
    .trim()
}
