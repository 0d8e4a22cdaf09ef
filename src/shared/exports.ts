/** What "Export events" and "Export citations" ask the main process for, and what they answer. */
import { z } from 'zod'
import { IdSchema } from './model'
import { EventQuerySchema } from './store'

/** The whole timeline, or the events the current filters show. */
const AllScopeSchema = z.strictObject({ kind: z.literal('all') })
const FilteredScopeSchema = z.strictObject({ kind: z.literal('filtered'), query: EventQuerySchema })

export const EventsExportScopeSchema = z.discriminatedUnion('kind', [
  AllScopeSchema,
  FilteredScopeSchema,
])
export type EventsExportScope = z.infer<typeof EventsExportScopeSchema>

/** JSON: the lossless exchange document; CSV: one row per claim (see exchange-format.ts). */
export const EVENTS_EXPORT_FORMATS = ['json', 'csv'] as const
export type EventsExportFormat = (typeof EVENTS_EXPORT_FORMATS)[number]

export const EventsExportRequestSchema = z.strictObject({
  format: z.enum(EVENTS_EXPORT_FORMATS),
  scope: EventsExportScopeSchema,
})
export type EventsExportRequest = z.infer<typeof EventsExportRequestSchema>

export const EventsExportResultSchema = z
  .object({
    path: z.string(),
    eventCount: z.number().int(),
    /** Claims written: the CSV's rows, or the claims inside the JSON document's events. */
    claimCount: z.number().int(),
  })
  .nullable()
export type EventsExportResult = z.infer<typeof EventsExportResultSchema>

/** The formats Zotero (and most reference managers) import. */
export const CITATION_FORMATS = ['csl-json', 'bibtex', 'ris'] as const
export type CitationFormat = (typeof CITATION_FORMATS)[number]

export const CitationsScopeSchema = z.discriminatedUnion('kind', [
  AllScopeSchema,
  FilteredScopeSchema,
  /** The sources one event cites (its details panel's "Export citations"). */
  z.strictObject({ kind: z.literal('event'), eventId: IdSchema }),
])
export type CitationsScope = z.infer<typeof CitationsScopeSchema>

export const CitationsExportRequestSchema = z.strictObject({
  format: z.enum(CITATION_FORMATS),
  scope: CitationsScopeSchema,
})
export type CitationsExportRequest = z.infer<typeof CitationsExportRequestSchema>

export const CitationsExportResultSchema = z
  .object({
    path: z.string(),
    /** Items written: one per cited source, and one per cited address (see cited-items.ts). */
    itemCount: z.number().int(),
    /** The claims these items cite. */
    claimCount: z.number().int(),
  })
  .nullable()
export type CitationsExportResult = z.infer<typeof CitationsExportResultSchema>

/** The file name's ending for each format, for the save dialog's suggestion. */
export const EXPORT_EXTENSIONS: Record<EventsExportFormat | CitationFormat, string> = {
  json: '.json',
  csv: '.csv',
  'csl-json': '.json',
  bibtex: '.bib',
  ris: '.ris',
}
