import { basename, join } from 'node:path'
import { randomUUID } from 'node:crypto'
import type { EditOutcome } from '../../../shared/edits'
import type { RecentTimeline, TimelineInfo } from '../../../shared/timeline'
import type { TimelineDocuments } from '../documents/timeline-documents'
import type { TimelineEdits } from '../edits/timeline-edits'
import type { UserDataNotice } from '../../../shared/user-data'
import { migrateAnnotationsJson } from '../annotations/migrate-annotations-json'
import { EMPTY_TIMELINE_TRACKS } from '../timeline/default-tracks'
import { TimelineRepository } from '../timeline/timeline-repository'
import type { BackupOutcome } from '../sqlite/database-backups'
import { TimelineBackups } from './timeline-backups'
import { UserDatabase } from '../user-data/user-database'
import { prepareStoreWorker } from '../event-store/store-worker-spare'
import type { CallQuiet } from '../call-quiet'
import { copyWholeFile, NO_EDITS, titleFromPath, writeNewTimelineFile } from './workspace-files'
import {
  closeTimeline,
  openSample,
  openTimelineFile,
  SAMPLE_TIMELINE_ID,
  type OpenTimeline,
} from './open-timeline'

export interface WorkspaceOptions {
  /** The bundled data the read-only sample is built from. */
  dataDir: string
  userDataDir: string
  now: () => Date
  /** A timeline to open at start (a double-clicked file, or a test's), before the last one. */
  timelinePath?: string | undefined
  /** The built store-worker script: timeline files' stores then run in a thread of their own. */
  storeWorkerScript?: string | undefined
  /** When the renderer's calls pause: a spare store thread is readied then (none without it). */
  callQuiet?: CallQuiet | undefined
  /** Called when the open timeline changed from within (a damaged file found after opening). */
  onChange?: () => void
  /** How long after opening a timeline file it is backed up (not while its first view draws). */
  timelineBackupDelayMs?: number
  /** How long after opening a timeline file its integrity is checked. */
  integrityDelayMs?: number
}

const TIMELINE_BACKUP_DELAY_MS = 10_000

/**
 * The timeline the app has open and the user's own database: opening, creating and copying
 * timelines like documents. A failure to open leaves the open timeline as it was.
 */
export class Workspace {
  private constructor(
    private open: OpenTimeline,
    readonly userDb: UserDatabase,
    private readonly options: WorkspaceOptions,
    readonly notices: UserDataNotice[],
    private readonly backups: TimelineBackups,
  ) {}

  static async start(options: WorkspaceOptions): Promise<Workspace> {
    const userDb = await UserDatabase.open(options.userDataDir, options.now)
    const notices = [...userDb.notices]
    const migrated = await migrateAnnotationsJson(userDb, options.userDataDir, SAMPLE_TIMELINE_ID)
    if (migrated) notices.push(migrated)
    const wanted = options.timelinePath ?? userDb.recentTimelines()[0]?.path
    let open: OpenTimeline | null = null
    if (wanted !== undefined) {
      try {
        open = await openTimelineFile(wanted, userDb, options)
        userDb.rememberTimeline(wanted, open.info.title)
      } catch (error) {
        notices.push({
          file: basename(wanted),
          message: `${(error as Error).message} The bundled sample is open instead.`,
        })
      }
    }
    open ??= await openSample(options.dataDir, userDb, options.now)
    const delay = options.timelineBackupDelayMs ?? TIMELINE_BACKUP_DELAY_MS
    const backups = new TimelineBackups(delay, options.callQuiet)
    const workspace = new Workspace(open, userDb, options, notices, backups)
    workspace.watch(open)
    return workspace
  }

  /** The latest backup of the open timeline file asked for, once it is done. */
  get timelineBackup(): Promise<BackupOutcome | null> {
    return this.backups.done
  }

  /** Resolves once the open timeline's file has been checked in the background. */
  async integrityChecked(): Promise<void> {
    await this.open.integrity
  }

  /**
   * A file found damaged after it opened is made read-only, and the user is told: what can
   * be read is saved with "Save a copy".
   */
  private watch(opened: OpenTimeline): void {
    this.backUpWhileOpen(opened)
    this.prepareNextOpen()
    opened.integrity.then(
      (problem) => {
        if (problem === null || this.open !== opened) return
        opened.info = {
          ...opened.info,
          readOnlyReason: `The file is damaged (${problem}); save a copy to keep what can be read`,
        }
        this.options.onChange?.()
      },
      () => undefined,
    )
  }

  current(): OpenTimeline {
    return this.open
  }

  info(): TimelineInfo {
    return this.open.info
  }

  /**
   * Makes an edit on the open timeline, refused with a message that offers a copy when it
   * cannot be edited; the timeline's tracks are read again after one that changed the
   * catalogue (only such an edit changes them).
   */
  async edit(
    make: (edits: TimelineEdits, at: string) => Promise<EditOutcome>,
  ): Promise<EditOutcome> {
    this.assertEditable()
    const opened = this.open
    const outcome = await make(opened.edits!, this.options.now().toISOString())
    if (this.open === opened) this.backups.saved()
    if (outcome.catalogueChanged)
      opened.info = { ...opened.info, tracks: await opened.store.tracks() }
    return outcome
  }

  /** The open timeline's documents; the sample keeps none. */
  documentsOf(): TimelineDocuments {
    const { documents, info } = this.open
    if (!documents) throw new Error(`“${info.title}” keeps no documents: save a copy to add them.`)
    return documents
  }

  /** The timeline file an import is writing into, whose edits wait until it is done. */
  private importingInto: string | null = null

  /**
   * Runs an import into the open timeline's file: its edits are refused meanwhile (the import
   * holds the file's write lock), and once it is done the file's store is opened afresh, so
   * the window shows what the import wrote.
   */
  async importInto<T>(work: (path: string) => Promise<T>): Promise<T> {
    this.assertEditable()
    const path = this.open.info.path!
    this.importingInto = path
    try {
      return await work(path)
    } finally {
      this.importingInto = null
    }
  }

  /** Opens the open timeline's file again (after an import wrote it), keeping its lock. */
  async reload(): Promise<TimelineInfo> {
    const previous = this.open
    const path = previous.info.path
    if (path === null) return previous.info
    const opened = await openTimelineFile(path, this.userDb, { ...this.options, lockHeld: true })
    await this.replaceOpen(opened, { keepLock: true })
    return opened.info
  }

  /** Refuses, with the same words as an edit, a change to a timeline that cannot be changed. */
  assertEditable(): void {
    if (this.importingInto !== null && this.importingInto === this.open.info.path)
      throw new Error('An import into this timeline is running: wait for it to end, or cancel it.')
    const { readOnlyReason, title } = this.open.info
    if (readOnlyReason !== null || !this.open.edits) {
      throw new Error(
        `“${title}” cannot be changed (${(readOnlyReason ?? 'it is read-only').replace(/\.$/, '')}): save a copy to edit it.`,
      )
    }
  }

  /** The open timeline's edits, to read; a timeline that cannot be edited has none. */
  editsOf(): Pick<TimelineEdits, 'editState' | 'eventHistory' | 'catalogueUsage'> {
    return this.open.edits ?? NO_EDITS
  }

  recent(): RecentTimeline[] {
    return this.userDb.recentTimelines()
  }

  /** Opens a timeline file in place of the open one; on failure the open one stays. */
  async openFile(path: string): Promise<TimelineInfo> {
    const opened = await openTimelineFile(path, this.userDb, this.options)
    await this.replaceOpen(opened)
    this.userDb.rememberTimeline(path, opened.info.title)
    return opened.info
  }

  /** Creates an empty timeline at `path` and opens it. */
  async create(path: string): Promise<TimelineInfo> {
    await writeNewTimelineFile(this.open.info.path, path, (temp) => {
      TimelineRepository.create(
        temp,
        { title: titleFromPath(path), description: '' },
        { tracks: EMPTY_TIMELINE_TRACKS, actors: [], sources: [], events: [], problems: [] },
      )
    })
    return this.openFile(path)
  }

  /**
   * Writes the open timeline, as it is now, to a new file with an identity of its own, carries
   * the user's notes over, and opens the copy (as "Save As" does in a desktop app).
   * `carryView` is told both identities before the copy opens, so the view the window comes
   * back to can be the copy's.
   */
  async saveCopy(
    path: string,
    carryView?: (sourceId: string, copyId: string) => Promise<void>,
  ): Promise<TimelineInfo> {
    const source = this.open
    const meta: { id: string; title: string; description: string } = {
      id: randomUUID(),
      title: titleFromPath(path),
      description: source.info.description,
    }
    await writeNewTimelineFile(this.open.info.path, path, async (temp) => {
      if (source.repository && copyWholeFile(source.repository, temp)) {
        const copy = TimelineRepository.open(temp, { readOnly: false })
        try {
          copy.setIdentity(meta)
        } finally {
          copy.close()
        }
      } else {
        // The sample, or a damaged file: the copy is built from what could be read.
        meta.id = TimelineRepository.create(temp, meta, await source.store.contents()).id
      }
    })
    this.userDb.copyNotes(source.info.id, meta.id)
    await carryView?.(source.info.id, meta.id)
    return this.openFile(path)
  }

  /**
   * Backs a timeline file up into the user-data folder (backups/timelines/<id>) while it is
   * open (see `TimelineBackups`). A file opened read-only is someone else's to back up, and
   * one found damaged is not copied over the good backups.
   */
  private backUpWhileOpen(opened: OpenTimeline): void {
    const { backUp } = opened
    if (!backUp || opened.info.readOnlyReason !== null) return this.backups.opened(null)
    const dir = join(this.options.userDataDir, 'backups', 'timelines', opened.info.id)
    this.backups.opened(async () =>
      this.open === opened && opened.info.readOnlyReason === null ? backUp(dir) : null,
    )
  }

  /** Puts `opened` in the open one's place, closing that once a backup begun of it is done. */
  private async replaceOpen(opened: OpenTimeline, close: { keepLock?: boolean } = {}) {
    const previous = this.open
    const backedUp = this.backups.stop()
    this.open = opened
    this.watch(opened)
    await backedUp
    await closeTimeline(previous, close)
  }

  /** One more save to the open timeline that is not an edit (a document attached or removed). */
  saved(): void {
    this.backups.saved()
  }

  /** Closes the open timeline and the user database once their backups are done. */
  async close(): Promise<void> {
    await this.backups.stop()
    await closeTimeline(this.open)
    await this.userDb.backupDone
    this.userDb.close()
  }

  /**
   * Once a timeline is open and its first view drawn (the renderer's calls pause), a store
   * thread is readied for the next file the user opens, so that open does not wait for the
   * thread's modules to load.
   */
  private prepareNextOpen(): void {
    const script = this.options.storeWorkerScript
    if (script) this.options.callQuiet?.whenQuiet(() => prepareStoreWorker(script), 'spare-store')
  }
}
