import { parse } from 'csv-parse/sync'
import type { ImportPreview } from '../../../shared/import'
import { delimiterOf, firstLineOf } from './csv-records'
import { isAmbiguousDate } from './import-dates'
import { ImportFileError, type ImportFile } from './import-file'
import { detectPreset, guessMapping, presetMapping } from './presets'

const PREVIEW_ROWS = 10

/** The rows of the file's first bytes: the last line, perhaps cut short, is left out. */
function headRows(file: ImportFile): string[][] {
  const whole = file.head.length >= file.size - 3
  const text = whole
    ? file.head
    : file.head.slice(0, Math.max(file.head.search(/[\r\n][^\r\n]*$/), 0))
  try {
    return parse(text, {
      delimiter: delimiterOf(firstLineOf(file.head)),
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
    })
  } catch {
    // A quoted cell open at the cut: read the header alone.
    return parse(firstLineOf(text), { delimiter: delimiterOf(firstLineOf(file.head)) })
  }
}

/**
 * What the "Import events" dialog shows first, from the file's first bytes only (so even a
 * very large file answers at once): its header and first rows, the preset its header matches,
 * the mapping to start from, a date among them that reads both ways, and about how many rows
 * it holds. The whole file is read by the check, in the import's worker.
 */
export function previewOf(
  file: ImportFile,
): Omit<ImportPreview, 'importId' | 'openTimelineRefusal'> {
  const base = { fileName: file.name, size: file.size, format: file.format, preset: null }
  if (file.format === 'json') {
    const mapping = { preset: 'custom' as const, columns: {}, groupBy: null }
    const seen = file.head.split('"claims"').length - 1
    const estimatedRows = Math.round((seen * file.size) / Math.max(file.head.length, 1))
    return {
      ...base,
      header: [],
      rows: [],
      mapping,
      guessedMapping: mapping,
      ambiguousDate: null,
      estimatedRows,
    }
  }
  const [header = [], ...rows] = headRows(file)
  if (header.length === 0) throw new ImportFileError(file.path, 'it has no header')
  if (rows.length === 0 && file.head.length >= file.size - 3)
    throw new ImportFileError(file.path, 'it has a header but no rows')
  const preset = detectPreset(header)
  const guessedMapping = guessMapping(header)
  const ambiguousDate = rows.flat().find(isAmbiguousDate) ?? null
  const bytesPerRow = file.head.length / Math.max(rows.length + 1, 1)
  return {
    ...base,
    preset,
    header,
    rows: rows.slice(0, PREVIEW_ROWS),
    mapping: preset ? presetMapping(preset, header) : guessedMapping,
    guessedMapping,
    ambiguousDate,
    estimatedRows: Math.max(rows.length, Math.round(file.size / bytesPerRow) - 1),
  }
}
