import type { TimelineInfo } from '../../../shared/timeline'
import { AnnotationRepository } from '../annotations/annotation-repository'
import { EventStore } from '../event-store/event-store'
import {
  documentsInThisThread,
  shelfOf,
  type TimelineDocuments,
} from '../documents/timeline-documents'
import { editorForStore } from '../edits/editor-for-store'
import { editsInThisThread, type TimelineEdits } from '../edits/timeline-edits'
import { FileEventStore } from '../event-store/file-event-store'
import { TimelineExporter } from '../export/timeline-exporter'
import { exportsInThisThread, type TimelineExports } from '../export/timeline-exports'
import { openStoreInWorker, type OpenedFileStore } from '../event-store/remote-event-store'
import { storeInThisThread, type TimelineStore } from '../event-store/timeline-store'
import { checkIntegrityInBackground } from '../timeline/integrity-check'
import { checkTimelineFile, TimelineFileError } from '../timeline/timeline-file-check'
import { acquireTimelineLock, releaseTimelineLock } from '../timeline/timeline-lock'
import { TimelineRepository } from '../timeline/timeline-repository'
import type { BackupOutcome } from '../sqlite/database-backups'
import { isCorruption } from '../sqlite/sqlite-errors'
import type { UserDatabase } from '../user-data/user-database'
import type { CallQuiet } from '../call-quiet'

/** The id the bundled sample's notes are kept under, whatever folder it is built from. */
export const SAMPLE_TIMELINE_ID = 'bundled-sample-2025-talks'
export const SAMPLE_TITLE = 'US–Russia–Ukraine talks, 2025'

/** A timeline the app has open: its events, the user's notes on it, and its file. */
export interface OpenTimeline {
  info: TimelineInfo
  store: TimelineStore
  /** Null when the timeline cannot be edited (the sample, a read-only file). */
  edits: TimelineEdits | null
  /** Null for the sample, which keeps no documents. */
  documents: TimelineDocuments | null
  /** Builds export files where the store is (its thread, for a timeline file). */
  exports: TimelineExports
  notes: AnnotationRepository
  /** Null for the bundled sample, which lives in memory only. */
  repository: TimelineRepository | null
  /** Backs the file up into a folder; null when it takes no edits (see `OpenedFileStore`). */
  backUp: ((dir: string) => Promise<BackupOutcome>) | null
  /**
   * SQLite's quick check of the file, run in the background: the first problem, or null. It
   * resolves once the check's thread has closed the file (see `checkIntegrityInBackground`).
   */
  integrity: Promise<string | null>
  /** Stops that check, for a file being closed (it then finds nothing; see `integrity`). */
  stopIntegrityCheck(): void
}

export async function openSample(
  dataDir: string,
  userDb: UserDatabase,
  now: () => Date,
): Promise<OpenTimeline> {
  const loaded = await EventStore.load(dataDir)
  const store = storeInThisThread(loaded)
  return {
    info: {
      id: SAMPLE_TIMELINE_ID,
      title: SAMPLE_TITLE,
      description:
        'The bundled sample: the talks as one news report of 21 November 2025 tells them.',
      path: null,
      isSample: true,
      readOnlyReason: 'This is the bundled sample, which cannot be changed',
      tracks: loaded.tracks(),
    },
    store,
    edits: null,
    documents: null,
    exports: exportsInThisThread(new TimelineExporter(loaded)),
    notes: new AnnotationRepository(userDb, SAMPLE_TIMELINE_ID, now),
    repository: null,
    backUp: null,
    integrity: Promise.resolve(null),
    stopIntegrityCheck: () => undefined,
  }
}

/**
 * Opens a timeline file: checked before SQLite touches it, claimed for writing unless another
 * window holds it, integrity-checked (a damaged file opens read-only, to save a copy of what
 * can be read). Whatever fails, the file is left as it was and the error names it.
 */
/**
 * The store of a timeline file: in a worker thread when the host gives its script (so the
 * main process neither waits on nor holds the events), else in this thread.
 */
async function openFileStore(
  repository: TimelineRepository,
  workerScript: string | undefined,
  immutable: boolean,
): Promise<OpenedFileStore> {
  const writable = !repository.readOnly
  if (workerScript) {
    return openStoreInWorker(workerScript, { path: repository.path, immutable, writable })
  }
  const store = new FileEventStore(
    repository.path,
    repository.queries(),
    repository.readCatalogue(),
    () => repository.readData(),
  )
  const edits = writable ? editsInThisThread(editorForStore(repository, store)) : null
  const documents = documentsInThisThread(shelfOf(repository.editTables()))
  const exports = exportsInThisThread(new TimelineExporter(store))
  const backUp = writable ? (dir: string) => repository.backUp(dir) : null
  return { store: storeInThisThread(store), edits, documents, exports, backUp }
}

export interface OpenOptions {
  now: () => Date
  /** The built store-worker script, when the host has one. */
  storeWorkerScript?: string | undefined
  /** How long after opening the file's integrity is checked (5 s unless a test says). */
  integrityDelayMs?: number
  /** When the renderer's calls pause: the check then begins only at a pause (see its doc). */
  callQuiet?: CallQuiet | undefined
  /** This process holds the file's lock already (the open timeline, opened again). */
  lockHeld?: boolean
}

export async function openTimelineFile(
  path: string,
  userDb: UserDatabase,
  options: OpenOptions,
): Promise<OpenTimeline> {
  const { writable } = await checkTimelineFile(path)
  const locked = writable && !options.lockHeld && !(await acquireTimelineLock(path))
  const readOnlyReason = !writable
    ? 'The file is read-only'
    : locked
      ? 'It is open in another window or program'
      : null
  let repository: TimelineRepository | null = null
  const checking = new AbortController()
  try {
    repository = TimelineRepository.open(path, {
      readOnly: readOnlyReason !== null,
      immutable: !writable,
    })
    const meta = repository.meta()
    const catalogue = repository.readCatalogue()
    const { store, edits, documents, exports, backUp } = await openFileStore(
      repository,
      options.storeWorkerScript,
      !writable,
    )
    return {
      info: { ...meta, path, isSample: false, readOnlyReason, tracks: catalogue.tracks },
      store,
      edits,
      documents,
      exports,
      notes: new AnnotationRepository(userDb, meta.id, options.now),
      repository,
      backUp,
      // Not while the first view draws, nor while the user works: the check reads all the file.
      integrity: checkIntegrityInBackground(
        path,
        !writable,
        options.integrityDelayMs ?? 5000,
        checking.signal,
        options.callQuiet,
      ),
      stopIntegrityCheck: () => checking.abort(),
    }
  } catch (error) {
    repository?.close()
    if (!options.lockHeld) await releaseLock(path, readOnlyReason)
    if (error instanceof TimelineFileError) throw error
    const reason = isCorruption(error)
      ? 'it is damaged and cannot be read'
      : (error as Error).message
    throw new TimelineFileError(path, reason, { cause: error })
  }
}

async function releaseLock(path: string, readOnlyReason: string | null): Promise<void> {
  if (readOnlyReason === null) await releaseTimelineLock(path)
}

export async function closeTimeline(
  open: OpenTimeline,
  options: { keepLock?: boolean } = {},
): Promise<void> {
  open.stopIntegrityCheck()
  await open.store.close()
  // A check reading the file holds the write-ahead log open: once it is done, this connection
  // is the file's last, and closing it folds the log into the file.
  await open.integrity
  if (!open.repository) return
  const { path, readOnly } = open.repository
  open.repository.close()
  if (!readOnly && !options.keepLock) await releaseTimelineLock(path)
}
