/**
 * The data model: actors, sources, events and the claims that cite them.
 * These schemas validate the bundled store, user files and everything that crosses the bridge.
 */
import { z } from 'zod'
import { ACTOR_ROLES, DATE_PRECISIONS, STATUSES } from './vocabulary'

export {
  ACTOR_ROLES,
  DATE_PRECISIONS,
  STATUSES,
  type ActorRole,
  type DatePrecision,
  type Status,
  type Track,
} from './vocabulary'

export const ID_MAX = 120
export const TEXT_MAX = 4000
export const TITLE_MAX = 300

/** An http(s) address, with a message that says so. */
const HttpUrlSchema = z
  .httpUrl({ error: 'must be an http(s) address, e.g. https://example.org/article' })
  .max(2000)

export const IdSchema = z
  .string()
  .min(1)
  .max(ID_MAX)
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and hyphens')

/** A calendar date, `YYYY-MM-DD`, checked to be a real day. */
export const IsoDateSchema = z.iso.date()

/** A moment with its UTC offset, `YYYY-MM-DDTHH:mm[:ss][.sss](Z|±HH:MM)`. */
export const IsoDateTimeSchema = z.iso.datetime({ offset: true })

/** A track's id; the timeline's own list of tracks says what it is called. */
export const TrackSchema = IdSchema

/** A track of a timeline: a lane of the timeline, with its label, place and colour. */
export const TrackDefinitionSchema = z.strictObject({
  id: IdSchema,
  label: z.string().trim().min(1).max(100),
  /** `#rrggbb`: checked here, so it is safe to give to a style. */
  colour: z.string().regex(/^#[0-9a-f]{6}$/i, 'must be a colour such as #3366cc'),
})
export type TrackDefinition = z.infer<typeof TrackDefinitionSchema>
export const StatusSchema = z.enum(STATUSES)
export const DatePrecisionSchema = z.enum(DATE_PRECISIONS)
export const ActorRoleSchema = z.enum(ACTOR_ROLES)

export const ActorSchema = z.strictObject({
  id: IdSchema,
  name: z.string().min(1).max(200),
  kind: z.enum(['state', 'person', 'organisation']),
  /** The country the actor belongs to or represents, by its English short name. */
  country: z.string().min(1).max(100).optional(),
})
export type Actor = z.infer<typeof ActorSchema>

export const SourceSchema = z.strictObject({
  id: IdSchema,
  /** The outlet or the speaker, e.g. "NBC News" or "Kremlin". */
  name: z.string().min(1).max(200),
  kind: z.enum(['news-outlet', 'government', 'document']),
  /** Only when the title is actually known: never invented. */
  title: z.string().min(1).max(500).optional(),
  published: IsoDateSchema.optional(),
  /** Only when the address is actually known: never invented. */
  url: HttpUrlSchema.optional(),
})
export type Source = z.infer<typeof SourceSchema>

/** A claim's own fields, before the check that spans its two dates. */
const ClaimFieldsSchema = z.strictObject({
  /** Stable within its event, so a link can point at it; given when the claim is first saved. */
  id: IdSchema.optional(),
  /** Who made the claim, as the source attributes it, e.g. "a US official". */
  claimant: z.string().trim().min(1, 'a claim needs a claimant').max(200),
  /** The outlet or speaker that carried the claim. */
  sourceId: z.string().min(1, 'a claim needs a source').pipe(IdSchema),
  /** The document the claim was read in, when that is not the source itself. */
  readInId: IdSchema.optional(),
  /**
   * The day the outlet or speaker reported it, only when a source gives that day; absent, it
   * was reported by `readOn` at the latest. Never stamped with a day the sources do not give.
   */
  reported: IsoDateSchema.optional(),
  /** The day we read the claim: the date of the document it was read in. */
  readOn: IsoDateSchema,
  /** A short quote or paraphrase. */
  text: z.string().trim().min(1, 'a claim needs its text').max(TEXT_MAX),
  /** True only when `text` is the source's own words. */
  isQuote: z.boolean(),
  status: StatusSchema,
  url: HttpUrlSchema.optional(),
})

function isCalendarDay(value: string | undefined): value is string {
  return IsoDateSchema.safeParse(value).success
}

/** One citation: who said what, where and when it was reported and read, and how far it holds. */
export const ClaimSchema = ClaimFieldsSchema.superRefine((claim, ctx) => {
  const { reported, readOn } = claim
  // Refinements run even when a field failed: only two real days are compared, as text.
  if (isCalendarDay(reported) && isCalendarDay(readOn) && reported > readOn) {
    ctx.addIssue({ code: 'custom', path: ['reported'], message: 'reported after it was read' })
  }
})
export type Claim = z.infer<typeof ClaimSchema>

export const EventActorSchema = z.strictObject({ actorId: IdSchema, role: ActorRoleSchema })
export type EventActor = z.infer<typeof EventActorSchema>

export const PlaceSchema = z.strictObject({
  name: z.string().min(1).max(200),
  country: z.string().min(1).max(100).optional(),
  /** Where the place is, in decimal degrees (WGS 84), when the data says (ACLED's do). */
  latitude: z
    .number()
    .min(-90, 'a latitude is between -90 and 90')
    .max(90, 'a latitude is between -90 and 90')
    .optional(),
  longitude: z
    .number()
    .min(-180, 'a longitude is between -180 and 180')
    .max(180, 'a longitude is between -180 and 180')
    .optional(),
})
export type Place = z.infer<typeof PlaceSchema>

/** Zones already found valid: constructing a formatter per event was a large part of a load. */
const knownTimeZones = new Set<string>()

function isIanaTimeZone(zone: string): boolean {
  if (knownTimeZones.has(zone)) return true
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone })
    knownTimeZones.add(zone)
    return true
  } catch {
    return false
  }
}

export const TimeZoneSchema = z
  .string()
  .min(1)
  .max(64)
  .refine(isIanaTimeZone, 'must be an IANA time zone such as "Europe/Kyiv"')

/** What is wrong with a text that should be a date value, in words a user can act on. */
function describeBadDate(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(value))
    return 'a time needs its UTC offset, e.g. 2025-11-20T14:00:00+02:00'
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return `'${value}' is not a date`
  return 'must be a date, YYYY-MM-DD, or a time with its offset, e.g. 2025-11-20T14:00:00+02:00'
}

/** Day, month and approximate dates are calendar dates; exact ones carry a time and offset. */
export const DateValueSchema = z.string().superRefine((value, ctx) => {
  if (IsoDateSchema.safeParse(value).success || IsoDateTimeSchema.safeParse(value).success) return
  ctx.addIssue({ code: 'custom', message: describeBadDate(value), input: value })
})

/** Milliseconds since the epoch of a stored date value; calendar dates count from UTC midnight. */
export function dateValueToMs(value: string): number {
  return Date.parse(value.length === 10 ? `${value}T00:00:00Z` : value)
}

export const ExternalIdSchema = z
  .string()
  .trim()
  .min(1, 'an external id cannot be empty')
  .max(200, 'an external id can be at most 200 characters')

/** An event's own fields, before the checks that span several of them. */
const EventFieldsSchema = z.strictObject({
  id: IdSchema,
  /**
   * The event's id in the data it was imported from (ACLED's `event_id_cnty`, Preceden's `ID`):
   * unique within a timeline, so importing the same file again updates the event.
   */
  externalId: ExternalIdSchema.optional(),
  title: z
    .string()
    .trim()
    .min(1, 'an event needs a title')
    .max(TITLE_MAX, `a title can be at most ${TITLE_MAX} characters`),
  start: DateValueSchema,
  end: DateValueSchema.optional(),
  precision: DatePrecisionSchema,
  /** The time zone of the place where the event happened. */
  timeZone: TimeZoneSchema.optional(),
  place: PlaceSchema.optional(),
  actors: z.array(EventActorSchema).max(100),
  track: TrackSchema,
  tags: z.array(z.string().min(1).max(60)).max(50),
  status: StatusSchema,
  /** The editorial summary, in our own words. */
  notes: z.string().trim().min(1, 'an event needs a summary').max(TEXT_MAX),
  claims: z.array(ClaimSchema).min(1, 'an event needs at least one claim').max(200),
})

/** An exact event carries times with offsets, the others calendar dates; it ends after it starts. */
function checkEventDates(
  event: Pick<z.infer<typeof EventFieldsSchema>, 'start' | 'end' | 'precision'>,
  ctx: z.RefinementCtx,
): void {
  const exact = event.precision === 'exact'
  for (const key of ['start', 'end'] as const) {
    const value = event[key]
    if (value === undefined) continue
    if (exact !== value.length > 10) {
      ctx.addIssue({
        code: 'custom',
        path: [key],
        message: exact
          ? 'an exact date needs a time and an offset, e.g. 2025-11-20T14:00:00+02:00'
          : `a ${event.precision} date is a calendar date, YYYY-MM-DD`,
      })
    }
  }
  if (event.end !== undefined && dateValueToMs(event.end) < dateValueToMs(event.start)) {
    ctx.addIssue({ code: 'custom', path: ['end'], message: 'end is before start' })
  }
}

export const EventSchema = EventFieldsSchema.superRefine(checkEventDates)
export type TimelineEvent = z.infer<typeof EventSchema>

/** An event as the user writes it: everything but its id, which the main process gives. */
export const EventDraftSchema = EventFieldsSchema.omit({ id: true }).superRefine(checkEventDates)
export type EventDraft = z.infer<typeof EventDraftSchema>

/** A bundled data file: one kind of record, with the schema version it was written for. */
export const DATA_SCHEMA_VERSION = 1
