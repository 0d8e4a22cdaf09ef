// The entry of an import's worker thread: it reads the file, checks each row and writes the
// events on a connection of its own to the timeline file, so the main process (and the
// window) never waits on an import. The open timeline's store thread keeps answering from
// the file as it was (WAL lets readers go on); once the import commits, the main process
// opens the file's store afresh. Progress and Cancel cross in shared memory.
import { parentPort, workerData } from 'node:worker_threads'
import { ImportCancelled, ImportProgressCells } from './import-progress'
import { runImportJob, type ImportJob } from './import-job'

export interface ImportWorkerData {
  job: ImportJob
  progress: SharedArrayBuffer
}

export type ImportWorkerAnswer =
  | { ok: true; value: Awaited<ReturnType<typeof runImportJob>> }
  | { ok: false; error: string; cancelled: boolean }

if (parentPort) {
  const port = parentPort
  const { job, progress } = workerData as ImportWorkerData
  runImportJob(job, new ImportProgressCells(progress)).then(
    (value) => port.postMessage({ ok: true, value } satisfies ImportWorkerAnswer),
    (error: unknown) =>
      port.postMessage({
        ok: false,
        error: error instanceof Error ? error.message : String(error),
        cancelled: error instanceof ImportCancelled,
      } satisfies ImportWorkerAnswer),
  )
}
