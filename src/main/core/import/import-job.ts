import type { DateOrder, ImportMapping } from '../../../shared/import'
import { TimelineRepository } from '../timeline/timeline-repository'
import { importCsv, type ImportTally } from './csv-import'
import { ImportCatalogue } from './import-catalogue'
import type { ImportProgressCells } from './import-progress'
import { ImportWriter } from './import-writer'
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

function counted(n: number, word: string): string {
  return `${n.toLocaleString('en')} ${word}`
}

/**
 * Runs an import job on its own connection to the timeline file, in one transaction: a run
 * commits every valid row at once, or, cancelled or failing, nothing (a kill -9 leaves the
 * file as it was: SQLite never commits half a transaction). A check only reads. The edit it
 * makes is named by what it did: "Import “acled.csv”: 1,200 added, 34 updated".
 */
export async function runImportJob(
  job: ImportJob,
  progress: ImportProgressCells,
): Promise<ImportTally> {
  const write = job.mode === 'run'
  const repository = TimelineRepository.open(job.timelinePath, { readOnly: !write })
  try {
    if (write) repository.prepareForBulkWrite()
    const tables = repository.editTables()
    const catalogue = new ImportCatalogue(repository.readCatalogue(), tables.catalogue)
    const writer = new ImportWriter(tables, catalogue, {
      write,
      at: job.at,
      label: `Import “${job.file.name}”`,
    })
    const transaction = tables.beginTransaction(write)
    try {
      const tally =
        job.file.format === 'json'
          ? await importJson(job.file, tables, writer, progress)
          : await importCsv(job.file, job, writer, progress)
      if (write && tally.ambiguousDate !== null) {
        throw new Error(
          `Dates such as '${tally.ambiguousDate}' can be read day first or month first: choose the order the file uses. Nothing was imported.`,
        )
      }
      if (write && writer.changed) {
        const done = [counted(tally.added, 'added'), counted(tally.updated, 'updated')].join(', ')
        tables.log.relabelLast(`Import “${job.file.name}”: ${done}`)
        transaction.commit()
      } else transaction.rollback()
      return tally
    } catch (error) {
      transaction.rollback()
      throw error
    }
  } finally {
    repository.close()
  }
}
