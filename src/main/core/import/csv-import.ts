import {
  IMPORT_FIELD_LABELS,
  PRESET_LABELS,
  type DateOrder,
  type ImportMapping,
  type RejectedRow,
} from '../../../shared/import'
import { acledRows } from './acled-rows'
import { appCsvRows } from './app-csv-rows'
import type { BuildContext, RowBuilder } from './build-context'
import { CsvRecords, delimiterOf, firstLineOf } from './csv-records'
import { customRows } from './custom-rows'
import type { RowOutcome } from './event-spec'
import { ImportCancelled, type ImportProgressCells } from './import-progress'
import type { ImportWriter } from './import-writer'
import { columnIn, PRESET_COLUMNS } from './presets'
import { rejection } from './rejected-rows'
import { RowProblem, rowsOf } from './row-reader'
import { precedenRows, timelineJsRows } from './sheet-rows'

/** What reading a file through an import gave, whether or not it was written. */
export interface ImportTally {
  rows: number
  added: number
  updated: number
  unchanged: number
  skipped: number
  rejected: Array<{ cells: string[]; rejected: RejectedRow }>
  header: string[]
  ambiguousDate: string | null
}

export function emptyTally(header: string[] = []): ImportTally {
  const tally = { rows: 0, added: 0, updated: 0, unchanged: 0, skipped: 0 }
  return { ...tally, rejected: [], header, ambiguousDate: null }
}

/**
 * The header as the builders read it: a preset's columns in the preset's own spelling
 * (whatever case the file wrote them in); refused when a column the mapping names is missing.
 */
function checkedHeader(header: string[], mapping: ImportMapping): string[] {
  const missing = (columns: readonly string[]) =>
    columns.filter((c) => columnIn(header, c) === null)
  if (mapping.preset !== 'custom') {
    const lacking = missing(PRESET_COLUMNS[mapping.preset])
    if (lacking.length > 0)
      throw new Error(
        `The file is not an ${PRESET_LABELS[mapping.preset]}: it has no column ${lacking.slice(0, 5).join(', ')}. Choose a custom mapping.`,
      )
    const spelled = new Map(PRESET_COLUMNS[mapping.preset].map((c) => [c.toLowerCase(), c]))
    return header.map((c) => spelled.get(c.trim().toLowerCase()) ?? c)
  }
  for (const field of ['title', 'start'] as const) {
    if (!mapping.columns[field])
      throw new Error(`Choose the column that fills ${IMPORT_FIELD_LABELS[field]}.`)
  }
  const named = [...Object.values(mapping.columns), ...(mapping.groupBy ? [mapping.groupBy] : [])]
  const lacking = missing(named)
  if (lacking.length > 0) throw new Error(`The file has no column "${lacking[0]}".`)
  return header
}

function builderFor(mapping: ImportMapping, context: BuildContext): RowBuilder {
  switch (mapping.preset) {
    case 'acled':
      return acledRows(context)
    case 'timelinejs':
      return timelineJsRows(context)
    case 'preceden':
      return precedenRows(context)
    case 'app-csv':
      return appCsvRows(context)
    case 'custom':
      return customRows(context, mapping)
  }
}

/**
 * Reads a CSV file through a mapping, row by row from a stream, and hands each event to the
 * writer; every row refused is kept with its line, column and reason. Stops between rows
 * when Cancel is set.
 */
export async function importCsv(
  file: { path: string; name: string; head: string },
  choices: { mapping: ImportMapping; dateOrder: DateOrder | null },
  writer: ImportWriter,
  progress: ImportProgressCells,
): Promise<ImportTally> {
  const records = new CsvRecords(file.path, delimiterOf(firstLineOf(file.head)))
  const tally = emptyTally()
  const context: BuildContext = {
    fileName: file.name,
    dateOrder: choices.dateOrder,
    groupBy: choices.mapping.groupBy,
    ambiguousDate: null,
  }
  let builder: RowBuilder | null = null
  let rowOf: ReturnType<typeof rowsOf> | null = null
  const cellsByLine = new Map<number, string[]>()
  const settle = (outcomes: RowOutcome[]) => {
    for (const outcome of outcomes) {
      if (outcome.kind === 'skip') tally.skipped += 1
      else if (outcome.kind === 'reject') reject(outcome.line, outcome.column, outcome.reason)
      else {
        try {
          tally[writer.put(outcome.spec, outcome.line, outcome.columns)] += 1
        } catch (error) {
          if (!(error instanceof RowProblem)) throw error
          for (const line of outcome.lines) {
            const own = line === outcome.line
            reject(
              line,
              own ? error.column : '',
              own ? error.reason : `its event (line ${outcome.line}) was refused`,
            )
          }
        }
      }
      for (const line of outcome.kind === 'event' ? outcome.lines : [outcome.line])
        cellsByLine.delete(line)
    }
  }
  const reject = (line: number, column: string, reason: string) => {
    tally.rejected.push({
      cells: cellsByLine.get(line) ?? [],
      rejected: rejection(line, column, reason),
    })
  }
  for await (const item of records.items()) {
    if (progress.cancelled) throw new ImportCancelled()
    if (item.kind === 'header') {
      tally.header = item.cells
      const header = checkedHeader(item.cells, choices.mapping)
      context.groupBy =
        choices.mapping.groupBy && (columnIn(header, choices.mapping.groupBy) ?? null)
      rowOf = rowsOf(header)
      builder = builderFor(choices.mapping, context)
      continue
    }
    tally.rows += 1
    if (item.kind === 'bad') {
      reject(item.line, '', item.reason)
      continue
    }
    cellsByLine.set(item.line, item.cells)
    if (
      item.cells.length > tally.header.length &&
      item.cells.slice(tally.header.length).some((c) => c.trim())
    ) {
      settle([
        {
          kind: 'reject',
          line: item.line,
          column: '',
          reason: `it has ${item.cells.length} cells, but the header has ${tally.header.length} columns`,
        },
      ])
    } else settle(builder!.take(rowOf!(item.cells), item.line))
    if ((tally.rows & 255) === 0) progress.rowsDone = tally.rows
    const behind = writer.backlog()
    if (behind) await behind
  }
  if (builder) settle(builder.end())
  if (tally.header.length === 0) throw new Error('The file is empty: it has no header.')
  if (tally.rows === 0) throw new Error('The file has a header but no rows to import.')
  progress.rowsDone = tally.rows
  tally.ambiguousDate = context.dateOrder === null ? context.ambiguousDate : null
  return tally
}
