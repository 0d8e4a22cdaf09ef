import { randomUUID } from 'node:crypto'
import { mkdtemp, rename, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, extname, join } from 'node:path'
import type {
  ImportCheck,
  ImportPreview,
  ImportProgress,
  ImportRequest,
  ImportSummary,
} from '../../../shared/import'
import { TIMELINE_EXTENSION } from '../../../shared/timeline'
import { writeExportFile } from '../export-file'
import { TimelineRepository } from '../timeline/timeline-repository'
import type { Workspace } from '../workspace/workspace'
import type { ImportTally } from './csv-import'
import { checkImportFile, type ImportFile } from './import-file'
import { ImportCancelled, ImportProgressCells } from './import-progress'
import { previewOf } from './import-preview'
import { runImportOffThread } from './import-runner'
import { LISTED_REJECTIONS, rejectedRowsCsv } from './rejected-rows'

export interface ImportHost {
  workspace: Promise<Workspace>
  chooseOpenPath(kind: 'import'): Promise<string | null>
  chooseSavePath(suggestedName: string): Promise<string | null>
  now(): Date
  /** The built import-worker script: imports then run in a thread of their own. */
  workerScript?: string | undefined
}

interface Session {
  id: string
  file: ImportFile
  /** About how many rows the file holds, until a check has counted them. */
  estimate: number
  progress: ImportProgressCells
  phase: ImportProgress['phase']
  last: ImportTally | null
}

/** A new, empty timeline file, without the lane a new timeline starts with: the import brings its own. */
function createEmptyTimeline(path: string, title: string): void {
  TimelineRepository.create(
    path,
    { title, description: '' },
    { tracks: [], actors: [], sources: [], events: [], problems: [] },
  )
}

async function removeDatabase(path: string): Promise<void> {
  for (const file of [path, `${path}-wal`, `${path}-shm`]) await rm(file, { force: true })
}

function countsOf(tally: ImportTally) {
  const { rows, added, updated, unchanged, skipped } = tally
  return {
    rows,
    added,
    updated,
    unchanged,
    skipped,
    rejected: tally.rejected.length,
    rejectedRows: tally.rejected.slice(0, LISTED_REJECTIONS).map((r) => r.rejected),
  }
}

/**
 * "Import events", as the main process serves it: one import at a time, its file known by
 * an opaque id (the path never crosses to the renderer), each check and run in the import's
 * worker thread, with progress and Cancel in shared memory.
 */
export class ImportService {
  private session: Session | null = null
  private running = false

  constructor(private readonly host: ImportHost) {}

  async preview(): Promise<ImportPreview | null> {
    const path = await this.host.chooseOpenPath('import')
    if (path === null) return null
    if (this.running) throw new Error('An import is running: wait for it to end, or cancel it.')
    const file = await checkImportFile(path)
    const shown = previewOf(file)
    const session: Session = {
      id: randomUUID(),
      file,
      estimate: shown.estimatedRows,
      progress: new ImportProgressCells(),
      phase: 'idle',
      last: null,
    }
    session.progress.rowsTotal = shown.estimatedRows
    this.session = session
    return { ...shown, importId: session.id, openTimelineRefusal: await this.refusal() }
  }

  async check(request: ImportRequest): Promise<ImportCheck> {
    const session = this.sessionOf(request.importId)
    const tally = await this.job(
      session,
      'checking',
      async (job) => {
        if (request.target === 'new') {
          const dir = await mkdtemp(join(tmpdir(), 'timeline-import-check-'))
          const path = join(dir, `check${TIMELINE_EXTENSION}`)
          try {
            createEmptyTimeline(path, 'Check')
            return await job(path, 'check')
          } finally {
            await rm(dir, { recursive: true, force: true })
          }
        }
        const refusal = await this.refusal()
        if (refusal !== null) throw new Error(refusal)
        return job((await this.host.workspace).info().path!, 'check')
      },
      request,
    )
    session.progress.rowsTotal = tally.rows
    return { ...countsOf(tally), ambiguousDate: tally.ambiguousDate }
  }

  async run(request: ImportRequest): Promise<ImportSummary> {
    const session = this.sessionOf(request.importId)
    const workspace = await this.host.workspace
    try {
      if (request.target === 'open') {
        const refusal = await this.refusal()
        if (refusal !== null) throw new Error(refusal)
        const tally = await workspace.importInto((path) =>
          this.job(session, 'importing', (job) => job(path, 'run'), request),
        )
        return { outcome: 'imported', counts: countsOf(tally), timeline: await workspace.reload() }
      }
      const name = basename(session.file.name, extname(session.file.name))
      const path = await this.host.chooseSavePath(`${name}${TIMELINE_EXTENSION}`)
      if (path === null) return { outcome: 'cancelled' }
      if (path === workspace.info().path)
        throw new Error('Choose another name: that is the timeline open now.')
      const temp = `${path}.${process.pid}.partial`
      try {
        createEmptyTimeline(temp, basename(path, extname(path)) || 'Imported timeline')
        const tally = await this.job(session, 'importing', (job) => job(temp, 'run'), request)
        await rename(temp, path)
        return {
          outcome: 'imported',
          counts: countsOf(tally),
          timeline: await workspace.openFile(path),
        }
      } finally {
        await removeDatabase(temp)
      }
    } catch (error) {
      if (error instanceof ImportCancelled) return { outcome: 'cancelled' }
      throw error
    }
  }

  progress(importId: string): ImportProgress {
    const session = this.sessionOf(importId)
    const { rowsDone, rowsTotal } = session.progress
    return { phase: session.phase, rowsDone, rowsTotal: Math.max(rowsTotal, rowsDone) }
  }

  cancel(importId: string): null {
    if (this.running) this.sessionOf(importId).progress.cancel()
    return null
  }

  /** Writes the rows the last check or run rejected, as a CSV, where the user says. */
  async saveRejected(importId: string): Promise<{ path: string; count: number } | null> {
    const session = this.sessionOf(importId)
    const rejected = session.last?.rejected ?? []
    if (rejected.length === 0) throw new Error('No row was rejected: there is nothing to save.')
    const name = basename(session.file.name, extname(session.file.name))
    const path = await this.host.chooseSavePath(`${name}-rejected.csv`)
    if (path === null) return null
    await writeExportFile(path, rejectedRowsCsv(session.last!.header, rejected))
    return { path, count: rejected.length }
  }

  /** Why the open timeline cannot take an import, in the words an edit's refusal uses. */
  private async refusal(): Promise<string | null> {
    try {
      ;(await this.host.workspace).assertEditable()
      return null
    } catch (error) {
      return (error as Error).message.replace(
        /save a copy to edit it\.$/,
        'import into a new timeline instead.',
      )
    }
  }

  private sessionOf(importId: string): Session {
    if (this.session?.id !== importId)
      throw new Error('This import is no longer open: choose the file again.')
    return this.session
  }

  /** Runs one pass (check or run) of the session's import, one at a time. */
  private async job(
    session: Session,
    phase: 'checking' | 'importing',
    use: (
      job: (timelinePath: string, mode: 'check' | 'run') => Promise<ImportTally>,
    ) => Promise<ImportTally>,
    request: ImportRequest,
  ): Promise<ImportTally> {
    if (this.running) throw new Error('An import is running: wait for it to end, or cancel it.')
    this.running = true
    session.phase = phase
    session.progress = new ImportProgressCells()
    session.progress.rowsTotal = session.last?.rows ?? session.estimate
    try {
      const tally = await use((timelinePath, mode) =>
        runImportOffThread(
          this.host.workerScript,
          {
            mode,
            file: session.file,
            timelinePath,
            mapping: request.mapping,
            dateOrder: request.dateOrder,
            at: this.host.now().toISOString(),
          },
          session.progress,
        ),
      )
      session.last = tally
      session.phase = 'done'
      return tally
    } catch (error) {
      session.phase = 'idle'
      throw error
    } finally {
      this.running = false
    }
  }
}
