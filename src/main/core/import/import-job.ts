import type { MessagePort } from 'node:worker_threads'
import type { DateOrder, ImportMapping } from '../../../shared/import'
import type { EditTables } from '../timeline/edit-tables'
import { TimelineRepository } from '../timeline/timeline-repository'
import { importCsv, type ImportTally } from './csv-import'
import { ImportCatalogue } from './import-catalogue'
import type { ImportProgressCells } from './import-progress'
import { ImportWriter } from './import-writer'
import { PipedImportWrites, writesHere, type ImportWrites } from './import-writes'
import { importJson } from './json-import'

/** One pass of an import over its file: a check (nothing written) or the run itself. */
export interface ImportJob {
  mode: 'check' | 'run'
  file: { path: string; name: string; head: string; format: 'csv' | 'json' }
  /** The timeline file to import into (for a check into a new timeline, an empty one). */
  timelinePath: string
  mapping: ImportMapping
  dateOrder: DateOrder | null
  /** When the import is made, as its edit records it. */
  at: string
}

/** The name of an import's edit until it is done, when it says what it did. */
export function importLabel(job: ImportJob): string {
  return `Import “${job.file.name}”`
}

function counted(n: number, word: string): string {
  return `${n.toLocaleString('en')} ${word}`
}

interface ImportRead {
  tally: ImportTally
  /** Whether the import changes anything in the timeline. */
  changed: boolean
}

/** Reads the file through the job's mapping, handing each change to `writes` (none: a check). */
async function readImport(
  job: ImportJob,
  repository: TimelineRepository,
  tables: EditTables,
  writes: ImportWrites | null,
  progress: ImportProgressCells,
): Promise<ImportRead> {
  const catalogue = new ImportCatalogue(repository.readCatalogue(), tables.catalogue)
  const writer = new ImportWriter(tables, catalogue, writes, job.at)
  const tally =
    job.file.format === 'json'
      ? await importJson(job.file, tables, writer, progress)
      : await importCsv(job.file, job, writer, progress)
  if (job.mode === 'run' && tally.ambiguousDate !== null) {
    throw new Error(
      `Dates such as '${tally.ambiguousDate}' can be read day first or month first: choose the order the file uses. Nothing was imported.`,
    )
  }
  return { tally, changed: writer.changed }
}

/** Commits what a run wrote, as an edit named by what it did; or, nothing changed, nothing. */
function endWrites(writes: ImportWrites, job: ImportJob, read: ImportRead): Promise<void> {
  if (!read.changed) return writes.rollback()
  const done = [counted(read.tally.added, 'added'), counted(read.tally.updated, 'updated')]
  return writes.commit(`${importLabel(job)}: ${done.join(', ')}`)
}

/**
 * Reads the import on a connection of its own: a check, or the reading half of a piped run,
 * in one read transaction (one state of the file throughout); a run without a writing thread
 * writes on this connection too, and commits before it closes.
 */
async function readWith(
  job: ImportJob,
  piped: PipedImportWrites | null,
  progress: ImportProgressCells,
): Promise<ImportRead> {
  const here = job.mode === 'run' && !piped
  const repository = TimelineRepository.open(job.timelinePath, { readOnly: !here })
  try {
    const tables = repository.editTables()
    if (here) {
      repository.prepareForBulkWrite()
      const writes = writesHere(tables, { at: job.at, label: importLabel(job) })
      try {
        const read = await readImport(job, repository, tables, writes, progress)
        await endWrites(writes, job, read)
        return read
      } catch (error) {
        await writes.rollback()
        throw error
      }
    }
    const reading = tables.beginTransaction(false)
    try {
      return await readImport(job, repository, tables, piped, progress)
    } finally {
      reading.rollback()
    }
  } finally {
    repository.close()
  }
}

/**
 * Runs an import job in one transaction: a run commits every valid row at once, or, cancelled
 * or failing, nothing (a kill -9 leaves the file as it was: SQLite never commits half a
 * transaction). A check only reads. A run given `writerPort` reads and checks here and has
 * the import's writing thread write (see PipedImportWrites); without it, it writes here.
 * The edit it makes is named by what it did: "Import “acled.csv”: 1,200 added, 34 updated".
 */
export async function runImportJob(
  job: ImportJob,
  progress: ImportProgressCells,
  writerPort?: MessagePort,
): Promise<ImportTally> {
  const piped = job.mode === 'run' && writerPort ? new PipedImportWrites(writerPort) : null
  let read: ImportRead
  try {
    // The writer opens the file first: it takes the write lock and brings an old file up to date.
    await piped?.ready()
    read = await readWith(job, piped, progress)
  } catch (error) {
    await piped?.rollback()
    throw error
  }
  // Committed once the reading connection has closed: the writer's, closing last, then moves
  // the write-ahead log into the file (an import into a new timeline renames the file next).
  if (piped) await endWrites(piped, job, read)
  return read.tally
}
