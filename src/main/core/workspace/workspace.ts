import { rmSync } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'
import { randomUUID } from 'node:crypto'
import type { EditOutcome } from '../../../shared/edits'
import type { RecentTimeline, TimelineInfo } from '../../../shared/timeline'
import type { TimelineDocuments } from '../documents/timeline-documents'
import type { TimelineEdits } from '../edits/timeline-edits'
import type { UserDataNotice } from '../../../shared/user-data'
import { migrateAnnotationsJson } from '../annotations/migrate-annotations-json'
import { EMPTY_TIMELINE_TRACKS } from '../timeline/default-tracks'
import { TimelineFileError } from '../timeline/timeline-file-check'
import { TimelineRepository } from '../timeline/timeline-repository'
import type { BackupOutcome } from '../sqlite/database-backups'
import { describeWriteFailure, isCorruption } from '../sqlite/sqlite-errors'
import { UserDatabase } from '../user-data/user-database'
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
  /** Called when the open timeline changed from within (a damaged file found after opening). */
  onChange?: () => void
  /** How long after opening a timeline file it is backed up (not while its first view draws). */
  timelineBackupDelayMs?: number
  /** How long after opening a timeline file its integrity is checked. */
  integrityDelayMs?: number
}

const TIMELINE_BACKUP_DELAY_MS = 10_000

const NO_EDITS: Pick<TimelineEdits, 'editState' | 'eventHistory' | 'catalogueUsage'> = {
  editState: () => Promise.resolve({ undoLabel: null, redoLabel: null }),
  eventHistory: () => Promise.resolve([]),
  catalogueUsage: () => Promise.resolve({ track: {}, actor: {}, source: {} }),
}

/** Copies the file as it is; false when it is too damaged to copy whole. */
function copyWholeFile(repository: TimelineRepository, to: string): boolean {
  try {
    repository.copyTo(to)
    return true
  } catch (error) {
    if (!isCorruption(error)) throw error
    rmSync(to, { force: true })
    return false
  }
}

function titleFromPath(path: string): string {
  return basename(path, extname(path)) || 'Untitled timeline'
}

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
    const workspace = new Workspace(open, userDb, options, notices)
    workspace.watch(open)
    return workspace
  }

  /** The backup of the open timeline file taken after it opened, once it is written. */
  timelineBackup: Promise<BackupOutcome | null> = Promise.resolve(null)

  /** Resolves once the open timeline's file has been checked in the background. */
  async integrityChecked(): Promise<void> {
    await this.open.integrity
  }

  /**
   * A file found damaged after it opened is made read-only, and the user is told: what can
   * be read is saved with "Save a copy".
   */
  private watch(opened: OpenTimeline): void {
    this.scheduleBackup(opened)
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
   * cannot be edited; the timeline's tracks are read again after, as an edit may change them.
   */
  async edit(
    make: (edits: TimelineEdits, at: string) => Promise<EditOutcome>,
  ): Promise<EditOutcome> {
    this.assertEditable()
    const opened = this.open
    const outcome = await make(opened.edits!, this.options.now().toISOString())
    opened.info = { ...opened.info, tracks: await opened.store.tracks() }
    return outcome
  }

  /** The open timeline's documents; the sample keeps none. */
  documentsOf(): TimelineDocuments {
    const { documents, info } = this.open
    if (!documents) throw new Error(`“${info.title}” keeps no documents: save a copy to add them.`)
    return documents
  }

  /** Refuses, with the same words as an edit, a change to a timeline that cannot be changed. */
  assertEditable(): void {
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
    return this.switchTo(opened)
  }

  /** Creates an empty timeline at `path` and opens it. */
  async create(path: string): Promise<TimelineInfo> {
    await this.writeNewFile(path, (temp) => {
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
   */
  async saveCopy(path: string): Promise<TimelineInfo> {
    const source = this.open
    const meta: { id: string; title: string; description: string } = {
      id: randomUUID(),
      title: titleFromPath(path),
      description: source.info.description,
    }
    await this.writeNewFile(path, async (temp) => {
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
    return this.openFile(path)
  }

  /** Builds a new file beside its final place and renames it in, so no partial file is left. */
  private async writeNewFile(
    path: string,
    build: (temp: string) => void | Promise<void>,
  ): Promise<void> {
    if (this.open.info.path === path) {
      throw new TimelineFileError(path, 'it is the timeline that is open now; choose another name')
    }
    const temp = `${path}.${process.pid}.partial`
    try {
      await build(temp)
      await rename(temp, path)
    } catch (error) {
      throw new Error(
        `"${basename(path)}" could not be saved: ${describeWriteFailure(error)}. Nothing was written.`,
        { cause: error },
      )
    } finally {
      for (const leftover of [temp, `${temp}-wal`, `${temp}-shm`])
        await rm(leftover, { force: true })
    }
  }

  /**
   * Backs a timeline file up into the user-data folder (backups/timelines/<id>), a little
   * after it opens; a file opened read-only is someone else's to back up.
   */
  private scheduleBackup(opened: OpenTimeline): void {
    const { repository } = opened
    if (!repository || opened.info.readOnlyReason !== null) return
    const dir = join(this.options.userDataDir, 'backups', 'timelines', opened.info.id)
    const delay = this.options.timelineBackupDelayMs ?? TIMELINE_BACKUP_DELAY_MS
    this.timelineBackup = new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pendingBackup = null
        resolve(this.open === opened ? repository.backUp(dir) : null)
      }, delay)
      timer.unref()
      this.pendingBackup = () => {
        clearTimeout(timer)
        resolve(null)
      }
    })
  }

  /** Cancels a backup that has not started yet (the timeline is being closed). */
  private pendingBackup: (() => void) | null = null

  /** Closes the open timeline and the user database once their backups are done. */
  async close(): Promise<void> {
    this.pendingBackup?.()
    await this.timelineBackup
    await closeTimeline(this.open)
    await this.userDb.backupDone
    this.userDb.close()
  }

  private async switchTo(opened: OpenTimeline): Promise<TimelineInfo> {
    const previous = this.open
    // A backup of the previous file that has begun is let finish before its file is closed.
    this.pendingBackup?.()
    const previousBackup = this.timelineBackup
    this.open = opened
    this.watch(opened)
    await previousBackup
    await closeTimeline(previous)
    if (opened.info.path) this.userDb.rememberTimeline(opened.info.path, opened.info.title)
    return opened.info
  }
}
