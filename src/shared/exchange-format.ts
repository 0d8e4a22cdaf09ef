/**
 * The app's own exchange formats, as "Export events" writes them and "Import events" reads
 * them back: a lossless JSON document of a whole timeline, and a CSV of one row per claim
 * (the event's columns repeated) for spreadsheet users.
 */
import { z } from 'zod'
import { LinkSchema } from './links'
import { ActorSchema, EventSchema, SourceSchema, TrackDefinitionSchema } from './model'

/** Names the JSON document, so a JSON file of another shape is told apart at once. */
export const EXCHANGE_FORMAT = 'diplomatic-timeline'
export const EXCHANGE_VERSION = 1

/** Everything a timeline holds but its edit history, the user's notes and its documents. */
export const TimelineExportSchema = z.strictObject({
  format: z.literal(EXCHANGE_FORMAT),
  version: z.literal(EXCHANGE_VERSION),
  timeline: z.strictObject({ title: z.string().min(1).max(200), description: z.string() }),
  tracks: z.array(TrackDefinitionSchema),
  actors: z.array(ActorSchema),
  sources: z.array(SourceSchema),
  events: z.array(EventSchema),
  links: z.array(LinkSchema),
})
export type TimelineExport = z.infer<typeof TimelineExportSchema>

/**
 * The header of the app's CSV export, in order: one row per claim. Lists (tags, actors) are
 * joined with "; "; an actor is written "Name (role)".
 */
export const APP_CSV_COLUMNS = [
  'event_id',
  'external_id',
  'title',
  'start',
  'end',
  'precision',
  'time_zone',
  'place',
  'place_country',
  'latitude',
  'longitude',
  'track',
  'track_label',
  'track_colour',
  'status',
  'tags',
  'actors',
  'summary',
  'claim_id',
  'claimant',
  'source_id',
  'source',
  'source_kind',
  'reported',
  'read_on',
  'claim_text',
  'exact_quote',
  'claim_status',
  'claim_url',
] as const
export type AppCsvColumn = (typeof APP_CSV_COLUMNS)[number]
