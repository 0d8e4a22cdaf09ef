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
  /** The first problems found (at most 200, each text at most 300 characters)… */
  problems: z.array(DataProblemSchema),
  /** …and how many more there are. */
  moreProblems: z.number().int().min(0),
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

/** What every view of an event carries: what it is, when, and how far it holds. */
const EventBaseSchema = z.object({
  id: IdSchema,
  title: z.string(),
  start: DateValueSchema,
  end: DateValueSchema.optional(),
  precision: DatePrecisionSchema,
  timeZone: z.string().optional(),
  track: TrackSchema,
  status: StatusSchema,
  tags: z.array(z.string()),
})

export const EventSummarySchema = EventBaseSchema.extend({
  placeName: z.string().optional(),
  /** How many notes of the user's own the event has. */
  noteCount: z.number().int(),
})
export type EventSummary = z.infer<typeof EventSummarySchema>

/** A window of the timeline to draw: the query, the visible range and how wide it is. */
export const WindowQuerySchema = z.strictObject({
  query: EventQuerySchema,
  /** Omitted: the whole extent of the matching events. */
  start: z.iso.datetime({ offset: true }).optional(),
  end: z.iso.datetime({ offset: true }).optional(),
  widthPx: z.number().int().min(100).max(20_000),
})
export type WindowQuery = z.infer<typeof WindowQuerySchema>

/** How many events of one track start within a stretch of time (drawn when zoomed out). */
export const TimeBucketSchema = z.object({
  track: TrackSchema,
  start: z.string(),
  end: z.string(),
  count: z.number().int(),
  statuses: z.record(StatusSchema, z.number().int()),
})
export type TimeBucket = z.infer<typeof TimeBucketSchema>

export const TimelineWindowSchema = z.object({
  /** First start and last end of all matching events; null when none match. */
  extent: z.object({ start: z.string(), end: z.string() }).nullable(),
  /** Matching events in all. */
  total: z.number().int(),
  /** Matching events in the window (with its margins). */
  inWindow: z.number().int(),
  /** The events themselves, when few enough… */
  items: z.array(EventSummarySchema),
  /** …or per-track counts in time buckets. */
  buckets: z.array(TimeBucketSchema),
})
export type TimelineWindow = z.infer<typeof TimelineWindowSchema>

export const EventPageSchema = z.object({
  total: z.number().int(),
  offset: z.number().int(),
  items: z.array(EventSummarySchema),
})
export type EventPage = z.infer<typeof EventPageSchema>

export const ResolvedClaimSchema = ClaimSchema.safeExtend({
  source: SourceSchema,
  readIn: SourceSchema.optional(),
})
export type ResolvedClaim = z.infer<typeof ResolvedClaimSchema>

export const EventDetailSchema = EventBaseSchema.extend({
  /** The event's id in the data it was imported from, when it was imported. */
  externalId: z.string().optional(),
  place: PlaceSchema.optional(),
  notes: z.string(),
  actors: z.array(z.object({ actor: ActorSchema, role: ActorRoleSchema })),
  claims: z.array(ResolvedClaimSchema),
})
export type EventDetail = z.infer<typeof EventDetailSchema>

export { ActorSchema, EventSchema, SourceSchema }
