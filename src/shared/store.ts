/** Shapes the event store serves: queries, summaries, resolved details and load problems. */
import { z } from 'zod'
import {
  ActorRoleSchema,
  ActorSchema,
  ClaimSchema,
  DatePrecisionSchema,
  DateValueSchema,
  EventSchema,
  IdSchema,
  PlaceSchema,
  SourceSchema,
  StatusSchema,
  TrackSchema,
} from './model'

/** One thing wrong with a data file: which file, where in it (a JSON path), and what. */
export const DataProblemSchema = z.object({
  file: z.string(),
  path: z.string(),
  message: z.string(),
})
export type DataProblem = z.infer<typeof DataProblemSchema>

export const StoreStatusSchema = z.object({
  dataDir: z.string(),
  eventCount: z.number().int(),
  actorCount: z.number().int(),
  sourceCount: z.number().int(),
  problems: z.array(DataProblemSchema),
})
export type StoreStatus = z.infer<typeof StoreStatusSchema>

const FILTER_LIST_MAX = 200

export const EventQuerySchema = z.strictObject({
  /** Events that end on or after this moment. */
  from: DateValueSchema.optional(),
  /** Events that start on or before this moment. */
  to: DateValueSchema.optional(),
  tracks: z.array(TrackSchema).max(FILTER_LIST_MAX).optional(),
  actorIds: z.array(IdSchema).max(FILTER_LIST_MAX).optional(),
  tags: z.array(z.string().min(1).max(60)).max(FILTER_LIST_MAX).optional(),
  statuses: z.array(StatusSchema).max(FILTER_LIST_MAX).optional(),
  /** Words that must all appear in the title, notes, claims or the user's notes. */
  text: z.string().max(500).optional(),
  /** Only events the user has written notes on. */
  hasNotes: z.boolean().optional(),
})
export type EventQuery = z.infer<typeof EventQuerySchema>

export const EventSummarySchema = z.object({
  id: IdSchema,
  title: z.string(),
  start: DateValueSchema,
  end: DateValueSchema.optional(),
  precision: DatePrecisionSchema,
  timeZone: z.string().optional(),
  placeName: z.string().optional(),
  track: TrackSchema,
  status: StatusSchema,
  tags: z.array(z.string()),
  /** How many notes of the user's own the event has. */
  noteCount: z.number().int(),
})
export type EventSummary = z.infer<typeof EventSummarySchema>

export const ResolvedClaimSchema = ClaimSchema.extend({
  source: SourceSchema,
  readIn: SourceSchema.optional(),
})
export type ResolvedClaim = z.infer<typeof ResolvedClaimSchema>

export const EventDetailSchema = z.object({
  id: IdSchema,
  title: z.string(),
  start: DateValueSchema,
  end: DateValueSchema.optional(),
  precision: DatePrecisionSchema,
  timeZone: z.string().optional(),
  place: PlaceSchema.optional(),
  track: TrackSchema,
  status: StatusSchema,
  tags: z.array(z.string()),
  notes: z.string(),
  actors: z.array(z.object({ actor: ActorSchema, role: ActorRoleSchema })),
  claims: z.array(ResolvedClaimSchema),
})
export type EventDetail = z.infer<typeof EventDetailSchema>

export { ActorSchema, EventSchema, SourceSchema }
