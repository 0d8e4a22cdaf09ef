import type { RejectedRow } from '../../../shared/import'

/** How many rejected rows an answer lists; all of them are kept for saveRejectedRows. */
export const LISTED_REJECTIONS = 1000

/** "line 1,234, event_date: '2025-13-01' is not a date" */
export function rejection(line: number, column: string, reason: string): RejectedRow {
  const where = `line ${line.toLocaleString('en')}`
  return {
    line,
    column,
    reason,
    message: column ? `${where}, ${column}: ${reason}` : `${where}: ${reason}`,
  }
}

/** One CSV cell, quoted when it must be. */
function cell(value: string): string {
  return /[",\r\n;\t]/.test(value) || value !== value.trim()
    ? `"${value.replaceAll('"', '""')}"`
    : value
}

/**
 * The rejected rows as a CSV: the file's own columns, as they were read (so they can be fixed
 * and imported again), then `reason`. A row csv-parse could not read has only its reason.
 */
export function rejectedRowsCsv(
  header: readonly string[],
  rows: ReadonlyArray<{ cells: readonly string[]; rejected: RejectedRow }>,
): string {
  const lines = [[...header, 'reason'].map(cell).join(',')]
  for (const { cells, rejected } of rows) {
    const padded = header.map((_, i) => cells[i] ?? '')
    lines.push([...padded, rejected.message].map(cell).join(','))
  }
  return `${lines.join('\r\n')}\r\n`
}
