/**
 * Links between accounts: one event responding to, following from, contradicting or being the
 * same as another, and one claim contradicting or corroborating another (across events too).
 */
import { z } from 'zod'
import { IdSchema } from './model'
import { DatePrecisionSchema, StatusSchema } from './model'

export {
  CLAIM_LINK_KINDS,
  EVENT_LINK_KINDS,
  LINK_KINDS,
  LINK_LABELS,
  LINKED_EVENTS_MAX,
  type LinkKind,
} from './link-vocabulary'
import { CLAIM_LINK_KINDS, EVENT_LINK_KINDS, LINK_KINDS } from './link-vocabulary'

/** One side of a link: an event, or one claim of it. */
export const LinkEndSchema = z.strictObject({
  eventId: IdSchema,
  claimId: IdSchema.optional(),
})
export type LinkEnd = z.infer<typeof LinkEndSchema>

const LINK_FIELDS = {
  kind: z.enum(LINK_KINDS),
  from: LinkEndSchema,
  to: LinkEndSchema,
  note: z.string().trim().min(1).max(1000).optional(),
}

/** Events link to events and claims to claims, each with its own kinds, never to themselves. */
function checkLink(link: z.infer<z.ZodObject<typeof LINK_FIELDS>>, ctx: z.RefinementCtx): void {
  const claims = link.from.claimId !== undefined
  if (claims !== (link.to.claimId !== undefined)) {
    ctx.addIssue({
      code: 'custom',
      path: ['to'],
      message: 'link an event to an event, or a claim to a claim',
    })
    return
  }
  const allowed: readonly string[] = claims ? CLAIM_LINK_KINDS : EVENT_LINK_KINDS
  if (!allowed.includes(link.kind)) {
    ctx.addIssue({
      code: 'custom',
      path: ['kind'],
      message: `${claims ? 'claims' : 'events'} can be linked as ${allowed.join(', ')}`,
    })
  }
  if (link.from.eventId === link.to.eventId && link.from.claimId === link.to.claimId) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'cannot be linked to itself' })
  }
}

/** A link as the "Link" dialog makes it; the main process gives it its id. */
export const LinkDraftSchema = z.strictObject(LINK_FIELDS).superRefine(checkLink)
export type LinkDraft = z.infer<typeof LinkDraftSchema>

export const LinkSchema = z.strictObject({ id: IdSchema, ...LINK_FIELDS }).superRefine(checkLink)
export type Link = z.infer<typeof LinkSchema>

/** A link as the details panel lists it: from the open event's side, with the other side's facts. */
export const LinkViewSchema = z.object({
  id: IdSchema,
  kind: z.enum(LINK_KINDS),
  direction: z.enum(['outgoing', 'incoming']),
  note: z.string().optional(),
  /** This event's claim the link starts or ends at, when it links claims. */
  claimId: IdSchema.optional(),
  other: z.object({
    eventId: IdSchema,
    title: z.string(),
    start: z.string(),
    end: z.string().optional(),
    precision: DatePrecisionSchema,
    status: StatusSchema,
    claim: z
      .object({ id: IdSchema, claimant: z.string(), status: StatusSchema, text: z.string() })
      .optional(),
  }),
})
export type LinkView = z.infer<typeof LinkViewSchema>

/** A link drawn on the timeline: the two events it joins (a link between claims joins theirs). */
export const LinkPairSchema = z.object({
  id: IdSchema,
  kind: z.enum(LINK_KINDS),
  fromEventId: IdSchema,
  toEventId: IdSchema,
})
export type LinkPair = z.infer<typeof LinkPairSchema>

/** The links joining two different events among these, as the timeline draws them. */
export function pairsAmong(links: readonly Link[], eventIds: ReadonlySet<string>): LinkPair[] {
  return links
    .filter(
      (l) =>
        l.from.eventId !== l.to.eventId &&
        eventIds.has(l.from.eventId) &&
        eventIds.has(l.to.eventId),
    )
    .map((l) => ({ id: l.id, kind: l.kind, fromEventId: l.from.eventId, toEventId: l.to.eventId }))
}
