import { documentsAskingWith, type TimelineDocuments } from '../documents/timeline-documents'
import { editsAskingWith, type EditMethod, type TimelineEdits } from '../edits/timeline-edits'
import {
  EXPORT_NOTES_AT,
  exportsAskingWith,
  type TimelineExports,
} from '../export/timeline-exports'
import type { BackupOutcome } from '../sqlite/database-backups'
import type { NotesOverlay } from './store-basics'
import { storeAskingWith, type StoreMethod, type TimelineStore } from './timeline-store'
import type { StoreAnswer, StoreRequest, StoreWorkerData, WireNotes } from './store-worker-protocol'
import { storeWorkerFor } from './store-worker-spare'

/** Where each method that takes the user's notes overlay takes it. */
const NOTES_AT: Partial<Record<StoreMethod, number>> = {
  listEvents: 1,
  listPage: 3,
  adjacent: 3,
  window: 1,
}

/** A timeline file's store and the doors beside it: edits (when writable), documents, exports. */
export interface OpenedFileStore {
  store: TimelineStore
  edits: TimelineEdits | null
  documents: TimelineDocuments
  exports: TimelineExports
  /**
   * Backs the file up into `dir` through the connection its edits are written with (null when
   * it takes none): SQLite carries an edit made meanwhile into the copy, where one made through
   * another connection starts the copy over, so a user who kept editing kept it from ever
   * finishing.
   */
  backUp: ((dir: string) => Promise<BackupOutcome>) | null
}

/**
 * A timeline file's store in its own thread: opening hundreds of thousands of events, and
 * every broad search or window, runs there, so the main process (and with it the window)
 * never waits on it and does not hold the events in its own heap.
 */
export async function openStoreInWorker(
  script: string,
  data: StoreWorkerData,
): Promise<OpenedFileStore> {
  const worker = storeWorkerFor(script, data)
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>()
  let nextId = 0
  let sentNotes: NotesOverlay | null = null
  await new Promise<void>((resolve, reject) => {
    const onMessage = (answer: StoreAnswer) => {
      if (!('ready' in answer)) return
      worker.off('message', onMessage)
      if (answer.ready) resolve()
      else reject(new Error(answer.error))
    }
    worker.on('message', onMessage)
    worker.once('error', reject)
  }).catch(async (error: unknown) => {
    await worker.terminate()
    throw error
  })
  worker.on('message', (answer: StoreAnswer) => {
    if ('ready' in answer) return
    const waiting = pending.get(answer.id)
    pending.delete(answer.id)
    if (answer.ok) waiting?.resolve(answer.value)
    else waiting?.reject(new Error(answer.error))
  })
  worker.on('error', (error) => {
    for (const waiting of pending.values()) waiting.reject(error)
    pending.clear()
  })

  const post = (request: StoreRequest): Promise<unknown> =>
    new Promise((resolve, reject) => {
      pending.set(request.id, { resolve, reject })
      worker.postMessage(request)
    })
  const withNotes =
    (target: 'store' | 'exports', method: string, notesAt: number | null) =>
    (...args: unknown[]): Promise<unknown> => {
      const overlay = notesAt === null ? undefined : (args[notesAt] as NotesOverlay | undefined)
      const request: StoreRequest = {
        id: (nextId += 1),
        target,
        method,
        args: notesAt === null ? args : args.slice(0, notesAt),
        notesAt,
      }
      // The overlay object changes exactly when the notes do: send it only then.
      if (overlay && overlay !== sentNotes) {
        request.notes = wire(overlay)
        sentNotes = overlay
      }
      return post(request)
    }
  const edit =
    (method: EditMethod) =>
    (...args: unknown[]): Promise<unknown> =>
      post({ id: (nextId += 1), target: 'editor', method, args, notesAt: null })
  const call = (method: StoreMethod) => withNotes('store', method, NOTES_AT[method] ?? null)
  const store = storeAskingWith(call, Promise.resolve(), async () => {
    await worker.terminate()
  })
  const documents = documentsAskingWith(
    (method) =>
      (...args) =>
        post({ id: (nextId += 1), target: 'documents', method, args, notesAt: null }),
  )
  const exports = exportsAskingWith((method) =>
    withNotes('exports', method, EXPORT_NOTES_AT[method]),
  )
  const backUp = (dir: string) =>
    post({ id: (nextId += 1), target: 'backup', method: 'backUp', args: [dir], notesAt: null })
  return {
    store,
    edits: data.writable ? editsAskingWith(edit) : null,
    documents,
    exports,
    backUp: data.writable ? (backUp as (dir: string) => Promise<BackupOutcome>) : null,
  }
}

function wire(overlay: NotesOverlay): WireNotes {
  return { counts: [...overlay.counts], text: [...overlay.text] }
}
