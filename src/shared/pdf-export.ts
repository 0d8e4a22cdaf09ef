/** What the "Export PDF" dialog asks the main process for. */
import { z } from 'zod'
import { EventQuerySchema } from './store'

export const PdfExportRequestSchema = z.strictObject({
  /** "view": the current filters and visible range; "all": every event. */
  scope: z.enum(['view', 'all']),
  query: EventQuerySchema,
  range: z
    .strictObject({
      start: z.iso.datetime({ offset: true }),
      end: z.iso.datetime({ offset: true }),
    })
    .nullable(),
  includeNotes: z.boolean(),
  includeSources: z.boolean(),
  pageSize: z.enum(['A4', 'Letter']),
  landscape: z.boolean(),
  /** The reader's locale and time zone, so dates read as they do on screen. */
  locale: z.string().min(2).max(35),
  timeZone: z.string().min(1).max(64),
})
export type PdfExportRequest = z.infer<typeof PdfExportRequestSchema>

export const PdfExportResultSchema = z
  .object({ path: z.string(), eventCount: z.number().int(), bytes: z.number().int() })
  .nullable()
