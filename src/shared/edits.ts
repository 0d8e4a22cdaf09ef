/**
 * Edits to a timeline as they cross the bridge: an event saved from the "Event" dialog, the
 * tracks, actors and sources of the "Manage" dialog, undo and redo, and an event's history.
 */
import { z } from 'zod'
import {
  ActorSchema,
  EventDraftSchema,
  IdSchema,
  SourceSchema,
  TrackDefinitionSchema,
} from './model'
import { EventDetailSchema } from './store'

export const SaveEventRequestSchema = z.strictObject({
  /** The event being changed; absent for a new one, which the main process gives an id. */
  id: IdSchema.optional(),
  event: EventDraftSchema,
  /** Sources created in the dialog for its claims: saved with the event, in the same edit. */
  newSources: z.array(SourceSchema).max(50),
  /** Actors created in the dialog: saved with the event, in the same edit. */
  newActors: z.array(ActorSchema).max(50),
})
export type SaveEventRequest = z.infer<typeof SaveEventRequestSchema>

export const CATALOGUE_KINDS = ['track', 'actor', 'source'] as const
export type CatalogueKind = (typeof CATALOGUE_KINDS)[number]

/** A track, actor or source added or changed (renamed, recoloured) in the "Manage" dialog. */
export const CatalogueItemSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('track'), track: TrackDefinitionSchema }),
  z.strictObject({ kind: z.literal('actor'), actor: ActorSchema }),
  z.strictObject({ kind: z.literal('source'), source: SourceSchema }),
])
export type CatalogueItem = z.infer<typeof CatalogueItemSchema>

/**
 * Removes a track, actor or source. Refused while events use it, unless they are reassigned
 * to another of the same kind: that is also how two duplicates are merged into one.
 */
export const RemoveCatalogueItemSchema = z
  .strictObject({
    kind: z.enum(CATALOGUE_KINDS),
    id: IdSchema,
    reassignTo: IdSchema.optional(),
  })
  .refine((request) => request.reassignTo !== request.id, {
    path: ['reassignTo'],
    message: 'cannot be merged into itself',
  })
export type RemoveCatalogueItem = z.infer<typeof RemoveCatalogueItemSchema>

/** How many events use each track, actor and source (0 means it can be deleted). */
export const CatalogueUsageSchema = z.object({
  track: z.record(z.string(), z.number().int()),
  actor: z.record(z.string(), z.number().int()),
  source: z.record(z.string(), z.number().int()),
})
export type CatalogueUsage = z.infer<typeof CatalogueUsageSchema>

/** What Undo and Redo would do now, in the words of their buttons' tooltips. */
export const EditStateSchema = z.object({
  undoLabel: z.string().nullable(),
  redoLabel: z.string().nullable(),
})
export type EditState = z.infer<typeof EditStateSchema>

/** What an edit, an undo or a redo did, once it is on disk. */
export const EditOutcomeSchema = z.object({
  /** "Add event “…”", "Merge actor “…” into “…”". */
  label: z.string(),
  /** The event to show: the one saved, or the one the undo or redo brought back or changed. */
  eventId: IdSchema.nullable(),
  /**
   * That event as it now is on disk (null when there is none, or it is gone): the details show
   * it with the answer, without asking for it again.
   */
  event: EventDetailSchema.nullable(),
  /** Whether it changed the tracks, actors or sources, which the panels then read again. */
  catalogueChanged: z.boolean(),
  state: EditStateSchema,
})
export type EditOutcome = z.infer<typeof EditOutcomeSchema>

/** One field of an event that an edit changed, as the History list shows it. */
export const FieldChangeSchema = z.object({
  field: z.string(),
  before: z.string(),
  after: z.string(),
})
export type FieldChange = z.infer<typeof FieldChangeSchema>

export const HISTORY_ACTIONS = ['created', 'changed', 'deleted'] as const

/** One edit of an event, newest first in the History list. */
export const HistoryEntrySchema = z.object({
  /** The edit's place in the timeline's log: a later edit has a larger number. */
  seq: z.number().int(),
  /** When it was saved, as an ISO 8601 moment. */
  at: z.string(),
  label: z.string(),
  action: z.enum(HISTORY_ACTIONS),
  changes: z.array(FieldChangeSchema),
})
export type HistoryEntry = z.infer<typeof HistoryEntrySchema>
