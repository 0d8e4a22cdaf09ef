import { Worker } from 'node:worker_threads'
import type { SpareOpening, StoreWorkerData } from './store-worker-protocol'

interface Spare {
  script: string
  worker: Worker
}

/**
 * A store thread started ahead of need. Loading its modules (SQLite, the schemas, the
 * exporters with citation-js) took 250–300 ms of every open of a file; a spare thread has them
 * loaded and waits, not keeping the process alive, to be told which file to open.
 */
let spare: Spare | null = null

/** Starts a spare store thread for `script`, unless one is waiting already; its thread id. */
export function prepareStoreWorker(script: string): number {
  if (spare?.script === script) return spare.worker.threadId
  // One spare at a time: a thread of another script (another build) is not kept.
  spare?.worker.terminate().catch(() => undefined)
  const started: Spare = { script, worker: new Worker(script, { workerData: null }) }
  started.worker.unref()
  const gone = () => {
    if (spare === started) spare = null
  }
  started.worker.once('error', gone)
  started.worker.once('exit', gone)
  spare = started
  return started.worker.threadId
}

/** A store thread opening `data`: the spare one when it runs this script, else a new one. */
export function storeWorkerFor(script: string, data: StoreWorkerData): Worker {
  const waiting = spare
  if (waiting?.script !== script) return new Worker(script, { workerData: data })
  spare = null
  waiting.worker.ref()
  waiting.worker.postMessage({ open: data } satisfies SpareOpening)
  return waiting.worker
}
