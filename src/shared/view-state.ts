/** The last view: visible range, filters and selection, restored after a restart. */
import { z } from 'zod'
import { IdSchema } from './model'
import { EventQuerySchema } from './store'

export const VIEW_STATE_SCHEMA_VERSION = 1

export const ViewStateSchema = z.strictObject({
  schemaVersion: z.literal(VIEW_STATE_SCHEMA_VERSION),
  range: z
    .strictObject({
      start: z.iso.datetime({ offset: true }),
      end: z.iso.datetime({ offset: true }),
    })
    .nullable(),
  query: EventQuerySchema,
  selectedId: IdSchema.nullable(),
  /** The timeline this view was of; a view of another timeline is not restored. */
  timelineId: z.string().max(200).optional(),
})
export type ViewState = z.infer<typeof ViewStateSchema>
