import { Worker } from 'node:worker_threads'
import type { ImportTally } from './csv-import'
import { runImportJob, type ImportJob } from './import-job'
import { ImportCancelled, type ImportProgressCells } from './import-progress'
import type { ImportWorkerAnswer, ImportWorkerData } from './import-worker'

/**
 * Runs an import job in a worker thread of its own when the host gives the worker's script
 * (the app always does), else in this thread (unit tests of the handlers). A cancelled job
 * rejects with ImportCancelled.
 */
export function runImportOffThread(
  script: string | undefined,
  job: ImportJob,
  progress: ImportProgressCells,
): Promise<ImportTally> {
  if (!script) return runImportJob(job, progress)
  return new Promise((resolve, reject) => {
    const data: ImportWorkerData = { job, progress: progress.buffer }
    const worker = new Worker(script, { workerData: data })
    let answered = false
    worker.once('message', (answer: ImportWorkerAnswer) => {
      answered = true
      if (answer.ok) resolve(answer.value)
      else reject(answer.cancelled ? new ImportCancelled() : new Error(answer.error))
    })
    worker.once('error', (error) => {
      answered = true
      reject(error)
    })
    worker.once('exit', (code) => {
      if (!answered)
        reject(new Error(`The import stopped unexpectedly (code ${code}); nothing was changed.`))
    })
  })
}
