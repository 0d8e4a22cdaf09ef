import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads'
import type { ImportTally } from './csv-import'
import { importLabel, runImportJob, type ImportJob } from './import-job'
import { ImportCancelled, type ImportProgressCells } from './import-progress'
import type { ImportWorkerAnswer, ImportWorkerData } from './import-worker'

function stoppedUnexpectedly(code: number): Error {
  return new Error(`The import stopped unexpectedly (code ${code}); nothing was changed.`)
}

/** The writing half of a run, in a thread of its own; a crash of it fails the run. */
function startWriter(
  script: string,
  job: ImportJob,
  failed: (error: Error) => void,
): { port: MessagePort; thread: Worker } {
  const { port1, port2 } = new MessageChannel()
  const data: ImportWorkerData = {
    role: 'write',
    port: port2,
    target: { timelinePath: job.timelinePath, at: job.at, label: importLabel(job) },
  }
  const thread = new Worker(script, { workerData: data, transferList: [port2] })
  thread.once('error', failed)
  thread.once('exit', (code) => {
    if (code !== 0) failed(stoppedUnexpectedly(code))
  })
  return { port: port1, thread }
}

/**
 * Runs an import job in worker threads when the host gives the worker's script (the app
 * always does): a check in one, a run in two (one reads and checks, one writes). Without a
 * script it runs in this thread (unit tests of the handlers). A cancelled job rejects with
 * ImportCancelled.
 */
export function runImportOffThread(
  script: string | undefined,
  job: ImportJob,
  progress: ImportProgressCells,
): Promise<ImportTally> {
  if (!script) return runImportJob(job, progress)
  return new Promise((resolve, reject) => {
    let answered = false
    const threads: Worker[] = []
    const settle = (outcome: () => void) => {
      if (answered) return
      answered = true
      outcome()
      // Both halves have ended by now, unless one failed: then nothing of theirs is kept.
      for (const thread of threads) thread.terminate().catch(() => undefined)
    }
    const writer =
      job.mode === 'run' ? startWriter(script, job, (error) => settle(() => reject(error))) : null
    const data: ImportWorkerData = {
      role: 'read',
      job,
      progress: progress.buffer,
      ...(writer ? { writerPort: writer.port } : {}),
    }
    const reader = new Worker(script, {
      workerData: data,
      transferList: writer ? [writer.port] : [],
    })
    threads.push(reader, ...(writer ? [writer.thread] : []))
    reader.once('message', (answer: ImportWorkerAnswer) =>
      settle(() => {
        if (answer.ok) resolve(answer.value)
        else reject(answer.cancelled ? new ImportCancelled() : new Error(answer.error))
      }),
    )
    reader.once('error', (error) => settle(() => reject(error)))
    reader.once('exit', (code) => settle(() => reject(stoppedUnexpectedly(code))))
  })
}
