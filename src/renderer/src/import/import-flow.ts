/**
 * The "Import events" dialog's decisions, apart from React: what the request is, whether it
 * may be sent, how a change of one field's column turns a preset into a custom mapping, and
 * how counts read.
 */
import type {
  DateOrder,
  ImportCounts,
  ImportField,
  ImportMapping,
  ImportPreview,
  ImportRequest,
  ImportTarget,
} from '../../../shared/import'

/** What the user has chosen in the dialog so far. */
export interface ImportChoices {
  mapping: ImportMapping
  dateOrder: DateOrder | null
  target: ImportTarget
}

/** The sample and read-only files cannot take an import: a new timeline is chosen for them. */
export function initialChoices(preview: ImportPreview): ImportChoices {
  return {
    mapping: preview.mapping,
    dateOrder: null,
    target: preview.openTimelineRefusal === null ? 'open' : 'new',
  }
}

/** Why the rows cannot be checked or imported yet, in words for the dialog; null when they can. */
export function whyNotReady(preview: ImportPreview, choices: ImportChoices): string | null {
  if (preview.ambiguousDate !== null && choices.dateOrder === null)
    return `Choose how dates such as ${preview.ambiguousDate} are read.`
  if (choices.target === 'open' && preview.openTimelineRefusal !== null)
    return preview.openTimelineRefusal
  if (preview.format === 'csv' && choices.mapping.preset === 'custom') {
    const { columns } = choices.mapping
    if (!columns.title || !columns.start) return 'Choose the columns for Title and Start.'
  }
  return null
}

export function importRequest(importId: string, choices: ImportChoices): ImportRequest {
  return { importId, ...choices }
}

/**
 * Choosing a column for one field: a preset reads its own columns, so any change starts a
 * custom mapping from the one guessed from the header (keeping the chosen "Group by").
 */
export function withFieldColumn(
  mapping: ImportMapping,
  guessed: ImportMapping,
  field: ImportField,
  column: string | null,
): ImportMapping {
  const base = mapping.preset === 'custom' ? mapping : { ...guessed, groupBy: mapping.groupBy }
  const columns = { ...base.columns }
  if (column === null) delete columns[field]
  else columns[field] = column
  return { preset: 'custom', columns, groupBy: base.groupBy }
}

/** "12 to add, 3 to update, none unchanged, 1 rejected", or the past tense once imported. */
export function describeCounts(counts: ImportCounts, done: boolean): string {
  const n = (count: number) => count.toLocaleString('en-GB')
  const parts = done
    ? [`${n(counts.added)} added`, `${n(counts.updated)} updated`]
    : [`${n(counts.added)} to add`, `${n(counts.updated)} to update`]
  parts.push(`${n(counts.unchanged)} unchanged`, `${n(counts.rejected)} rejected`)
  if (counts.skipped > 0) parts.push(`${n(counts.skipped)} not events (passed over)`)
  return `${parts.join(', ')}.`
}

/** How many rows an import would write: the valid ones that add or change an event. */
export function rowsToImport(counts: ImportCounts): number {
  return counts.added + counts.updated
}

export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 ** 2).toFixed(1)} MB`
}
