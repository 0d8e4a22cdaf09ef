import type { MessagePort } from 'node:worker_threads'
import type { DateOrder, ImportMapping } from '../../../shared/import'
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
  const run = job.mode === 'run'
  const piped = run && writerPort ? new PipedImportWrites(writerPort) : null
  // The writer opens the file first: it takes the write lock and brings an old file up to date.
  if (piped) await piped.ready()
  let repository: TimelineRepository
  try {
    repository = TimelineRepository.open(job.timelinePath, { readOnly: !run || !!piped })
  } catch (error) {
    await piped?.rollback()
    throw error
  }
  try {
    const tables = repository.editTables()
    let writes: ImportWrites | null = piped
    if (run && !piped) {
      repository.prepareForBulkWrite()
      writes = writesHere(tables, { at: job.at, label: importLabel(job) })
    }
    // Whoever writes, this connection reads one state of the file throughout.
    const reading = writes === piped ? tables.beginTransaction(false) : null
    try {
      const catalogue = new ImportCatalogue(repository.readCatalogue(), tables.catalogue)
      const writer = new ImportWriter(tables, catalogue, writes, job.at)
      const tally =
        job.file.format === 'json'
          ? await importJson(job.file, tables, writer, progress)
          : await importCsv(job.file, job, writer, progress)
      if (run && tally.ambiguousDate !== null) {
        throw new Error(
          `Dates such as '${tally.ambiguousDate}' can be read day first or month first: choose the order the file uses. Nothing was imported.`,
        )
      }
      reading?.rollback()
      if (writes && writer.changed) {
        const done = [counted(tally.added, 'added'), counted(tally.updated, 'updated')].join(', ')
        await writes.commit(`${importLabel(job)}: ${done}`)
      } else await writes?.rollback()
      return tally
    } catch (error) {
      reading?.rollback()
      await writes?.rollback()
      throw error
    }
  } finally {
    repository.close()
  }
}
