/**
 * "Import events": the requests and answers of the import channels, for the renderer's
 * "Import events" dialog. The file's path never leaves the main process: a preview answers an
 * opaque `importId` that every later call names.
 *
 * The dialog's flow:
 * 1. `previewImport` asks for the file (the host's open dialog) and answers what it is: CSV or
 *    the app's JSON document, the preset its header matches, the header and first rows, a
 *    suggested mapping (which column fills which field, and which column is the track: "Group
 *    by"), whether its dates need a day/month order, and whether the open timeline can take it.
 *    Null when the user cancels the dialog; an error naming the file when it cannot be read.
 * 2. The user may change the mapping (editing any field of a preset's mapping means a
 *    `custom` mapping, which starts from `guessedMapping`), choose the date order when asked,
 *    and choose the target: the open timeline or a new one.
 * 3. `checkImport` reads the whole file without changing anything and answers how many events
 *    would be added, updated and left unchanged, and every rejected row with its line, column
 *    and reason. It runs in a worker: poll `getImportProgress` for rows done of the total.
 * 4. `runImport` imports the valid rows in one transaction (target `new` first asks where to
 *    save the new timeline) and opens the timeline it imported into. `cancelImport` stops a
 *    check or a run; a cancelled run changes nothing.
 * 5. `saveRejectedRows` writes the rejected rows of the last check or run as a CSV (the file's
 *    own columns, then `reason`), so they can be fixed and imported again.
 */
import { z } from 'zod'
import { TimelineInfoSchema } from './timeline'

export {
  IMPORT_FIELD_LABELS,
  IMPORT_FIELDS,
  IMPORT_PRESETS,
  PRESET_LABELS,
  type ImportField,
  type ImportPreset,
} from './import-vocabulary'
import { IMPORT_FIELDS, IMPORT_PRESETS } from './import-vocabulary'

const ColumnSchema = z.string().min(1).max(200)

export const ImportMappingSchema = z.strictObject({
  /** A preset reads its own columns; `custom` reads `columns`. */
  preset: z.enum([...IMPORT_PRESETS, 'custom']),
  /** For `custom`: the column that fills each field (a field left out stays empty). */
  columns: z.partialRecord(z.enum(IMPORT_FIELDS), ColumnSchema),
  /** "Group by": the column whose values become the tracks; null puts every event on one. */
  groupBy: ColumnSchema.nullable(),
})
export type ImportMapping = z.infer<typeof ImportMappingSchema>

/** How a date such as `03/04/2025` is read: day first (3 April) or month first (March 4). */
export const DateOrderSchema = z.enum(['dmy', 'mdy'])
export type DateOrder = z.infer<typeof DateOrderSchema>

/** Into the open timeline, or into a new timeline file (the user picks where). */
export const ImportTargetSchema = z.enum(['open', 'new'])
export type ImportTarget = z.infer<typeof ImportTargetSchema>

export const ImportIdSchema = z.uuid()

export const ImportPreviewSchema = z.object({
  importId: ImportIdSchema,
  fileName: z.string(),
  /** The file's size in bytes. */
  size: z.number().int(),
  format: z.enum(['csv', 'json']),
  /** The preset the header matches; null for any other CSV (and for JSON). */
  preset: z.enum(IMPORT_PRESETS).nullable(),
  /** CSV: the header's columns, in order, and the first rows (at most 10). JSON: empty. */
  header: z.array(z.string()),
  rows: z.array(z.array(z.string())),
  /** What the dialog starts from: the preset's mapping, else the one guessed from the header. */
  mapping: ImportMappingSchema,
  /** The mapping guessed from the header names, for a user who wants to change the preset's. */
  guessedMapping: ImportMappingSchema,
  /** A date of the file (among its first rows) that reads both ways, e.g. "03/04/2025": ask. */
  ambiguousDate: z.string().nullable(),
  /** About how many rows (CSV) or events (JSON) the file holds. */
  estimatedRows: z.number().int(),
  /** Why the open timeline cannot take an import (the sample, a read-only file), or null. */
  openTimelineRefusal: z.string().nullable(),
})
export type ImportPreview = z.infer<typeof ImportPreviewSchema>

export const ImportRequestSchema = z.strictObject({
  importId: ImportIdSchema,
  /** Ignored for JSON, which is the app's own document. */
  mapping: ImportMappingSchema,
  /** Required when the file has a date that reads both ways. */
  dateOrder: DateOrderSchema.nullable(),
  target: ImportTargetSchema,
})
export type ImportRequest = z.infer<typeof ImportRequestSchema>

/** One row the import leaves out, and why. */
export const RejectedRowSchema = z.object({
  /** The line of the file where the row begins (the header is line 1). */
  line: z.number().int(),
  /** The column at fault, or "" when the row as a whole is. */
  column: z.string(),
  reason: z.string(),
  /** All of it in a sentence: "line 1,234, event_date: '2025-13-01' is not a date". */
  message: z.string(),
})
export type RejectedRow = z.infer<typeof RejectedRowSchema>

/** How many events an import adds, updates and leaves as they were, and which rows it rejects. */
export const ImportCountsSchema = z.object({
  /** Data rows read (CSV), or events (JSON). */
  rows: z.number().int(),
  added: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  /** Rows rejected: listed in `rejectedRows` (the first 1,000) and saved by saveRejectedRows. */
  rejected: z.number().int(),
  /** Rows that are not events and are passed over (TimelineJS `title` and `era` rows). */
  skipped: z.number().int(),
  rejectedRows: z.array(RejectedRowSchema),
})
export type ImportCounts = z.infer<typeof ImportCountsSchema>

/** The answer of a check: what a run would do now. */
export const ImportCheckSchema = ImportCountsSchema.extend({
  /** A date that reads both ways, when no date order was given: the run needs one. */
  ambiguousDate: z.string().nullable(),
})
export type ImportCheck = z.infer<typeof ImportCheckSchema>

export const ImportSummarySchema = z.discriminatedUnion('outcome', [
  z.object({
    outcome: z.literal('imported'),
    counts: ImportCountsSchema,
    /** The timeline imported into, now open; its Undo undoes the whole import. */
    timeline: TimelineInfoSchema,
  }),
  /** Cancelled by the user: nothing was changed. */
  z.object({ outcome: z.literal('cancelled') }),
])
export type ImportSummary = z.infer<typeof ImportSummarySchema>

export const ImportProgressSchema = z.object({
  phase: z.enum(['idle', 'checking', 'importing', 'done']),
  rowsDone: z.number().int(),
  /** Exact once a check has counted the rows; until then estimated from the file's size. */
  rowsTotal: z.number().int(),
})
export type ImportProgress = z.infer<typeof ImportProgressSchema>
