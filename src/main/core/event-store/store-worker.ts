// The entry of a timeline file's store thread: it opens the file, holds the store, and
// answers each question the main process posts, so the main process never waits on it.
import { parentPort, workerData } from 'node:worker_threads'
import { TimelineRepository } from '../timeline/timeline-repository'
import { shelfOf, type DocumentMethod } from '../documents/timeline-documents'
import { editorForStore } from '../edits/editor-for-store'
import type { EditMethod } from '../edits/timeline-edits'
import { TimelineExporter } from '../export/timeline-exporter'
import type { ExportMethod } from '../export/timeline-exports'
import type { NotesOverlay } from './store-basics'
import { FileEventStore } from './file-event-store'
import { QuietUpkeep } from './quiet-upkeep'
import type { StoreMethod } from './timeline-store'
import type {
  SpareOpening,
  StoreRequest,
  StoreWorkerData,
  WireNotes,
} from './store-worker-protocol'

/**
 * How long the thread must have had no request before it tidies the file: well past the
 * requests that follow an edit (the window, the list, the details, all within about 50 ms),
 * and shorter than a person takes between two edits. Tidying sooner, between the requests of
 * a burst, held up the next edit's save more often than it spared it a merge.
 */
const UPKEEP_AFTER_QUIET_MS = 250

function start(port: NonNullable<typeof parentPort>, data: StoreWorkerData): void {
  const repository = TimelineRepository.open(data.path, {
    readOnly: !data.writable,
    immutable: data.immutable,
  })
  const store = new FileEventStore(
    data.path,
    repository.queries(),
    repository.readCatalogue(),
    () => repository.readData(),
  )
  const editor = data.writable ? editorForStore(repository, store) : null
  const shelf = shelfOf(repository.editTables())
  const exporter = new TimelineExporter(store)
  let notes: NotesOverlay = { counts: new Map(), text: new Map(), version: 0 }
  const take = (wire: WireNotes): void => {
    notes = { counts: new Map(wire.counts), text: new Map(wire.text), version: notes.version + 1 }
  }
  // An edit leaves the file some upkeep (see `tidyTimelineFile`), done once the app is quiet.
  if (data.writable) repository.leaveMergingToQuietMoments()
  const upkeep = data.writable
    ? new QuietUpkeep(() => repository.tidy(), UPKEEP_AFTER_QUIET_MS)
    : null
  const answer = (request: StoreRequest): void => {
    if (request.notes) take(request.notes)
    if (request.target === 'backup') {
      repository.backUp(request.args[0] as string).then(
        (value) => port.postMessage({ id: request.id, ok: true, value }),
        (error: unknown) =>
          port.postMessage({ id: request.id, ok: false, error: (error as Error).message }),
      )
      return
    }
    try {
      if (request.target === 'editor') {
        if (!editor) throw new Error('This timeline cannot be edited.')
        const edit = editor[request.method as EditMethod] as (...args: unknown[]) => unknown
        port.postMessage({ id: request.id, ok: true, value: edit.apply(editor, request.args) })
        return
      }
      if (request.target === 'documents') {
        const ask = shelf[request.method as DocumentMethod] as (...args: unknown[]) => unknown
        port.postMessage({ id: request.id, ok: true, value: ask.apply(shelf, request.args) })
        return
      }
      const target = request.target === 'exports' ? exporter : store
      const method = (
        request.target === 'exports'
          ? exporter[request.method as ExportMethod]
          : store[request.method as StoreMethod]
      ) as (...args: unknown[]) => unknown
      const args =
        request.notesAt === null
          ? request.args
          : [...Array.from({ length: request.notesAt }, (_, i) => request.args[i]), notes]
      const value = method.apply(target, args)
      // An export's bytes are handed over, not copied: the main process never clones them.
      const bytes = (value as { bytes?: unknown } | null)?.bytes
      const transfer = bytes instanceof Uint8Array ? [bytes.buffer as ArrayBuffer] : []
      port.postMessage({ id: request.id, ok: true, value }, transfer)
    } catch (error) {
      port.postMessage({ id: request.id, ok: false, error: (error as Error).message })
    }
  }
  port.on('message', (request: StoreRequest) => {
    answer(request)
    upkeep?.requested(request.target === 'editor' || request.target === 'documents')
  })
  port.postMessage({ ready: true })
}

function opening(port: NonNullable<typeof parentPort>, data: StoreWorkerData): void {
  try {
    start(port, data)
  } catch (error) {
    port.postMessage({ ready: false, error: (error as Error).message })
  }
}

if (parentPort) {
  const port = parentPort
  // A spare thread, started ahead with its modules loaded, is told its file when one opens.
  if (workerData) opening(port, workerData as StoreWorkerData)
  else port.once('message', (message: SpareOpening) => opening(port, message.open))
}
