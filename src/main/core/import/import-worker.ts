// The entry of an import's worker threads. A check, or the reading half of a run, reads the
// file and checks each row on a connection of its own to the timeline file; a run's writing
// half (import-write-thread.ts) writes what the reading half sends it, in one transaction. So
// the main process (and the window) never waits on an import, and a run uses both cores. The
// open timeline's store thread keeps answering from the file as it was (WAL lets readers go
// on); once the import commits, the main process opens the file's store afresh. Progress and
// Cancel cross in shared memory.
import { parentPort, workerData, type MessagePort } from 'node:worker_threads'
import { ImportCancelled, ImportProgressCells } from './import-progress'
import { runImportJob, type ImportJob } from './import-job'
import { serveImportWrites } from './import-write-thread'

export type ImportWorkerData =
  | { role: 'read'; job: ImportJob; progress: SharedArrayBuffer; writerPort?: MessagePort }
  | {
      role: 'write'
      port: MessagePort
      target: { timelinePath: string; at: string; label: string }
    }

export type ImportWorkerAnswer =
  | { ok: true; value: Awaited<ReturnType<typeof runImportJob>> }
  | { ok: false; error: string; cancelled: boolean }

if (parentPort) {
  const port = parentPort
  const data = workerData as ImportWorkerData
  if (data.role === 'write') serveImportWrites(data.port, data.target)
  else
    runImportJob(data.job, new ImportProgressCells(data.progress), data.writerPort).then(
      (value) => port.postMessage({ ok: true, value } satisfies ImportWorkerAnswer),
      (error: unknown) =>
        port.postMessage({
          ok: false,
          error: error instanceof Error ? error.message : String(error),
          cancelled: error instanceof ImportCancelled,
        } satisfies ImportWorkerAnswer),
    )
}
