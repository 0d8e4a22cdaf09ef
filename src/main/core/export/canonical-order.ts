import { LinkEndSchema, LinkSchema, type Link } from '../../../shared/links'
import {
  ActorSchema,
  ClaimSchema,
  EventActorSchema,
  EventSchema,
  PlaceSchema,
  SourceSchema,
  TrackDefinitionSchema,
  type Actor,
  type Source,
  type TimelineEvent,
  type TrackDefinition,
} from '../../../shared/model'

type Entries = Record<string, unknown>

/**
 * The object with its keys in its schema's order, undefined ones left out. Keys the schema does
 * not list follow, sorted, so a field added to the model is kept even before it is listed here.
 * Each store builds its objects in its own key order; the same timeline must give the same file.
 */
function inOrder<T extends object>(value: T, keys: readonly string[]): T {
  const entries = value as Entries
  const out: Entries = {}
  for (const key of [...keys, ...Object.keys(entries).sort()]) {
    if (entries[key] !== undefined && !(key in out)) out[key] = entries[key]
  }
  return out as T
}

const keysOf = (schema: { shape: object }) => Object.keys(schema.shape)
const EVENT_KEYS = keysOf(EventSchema)
const CLAIM_KEYS = keysOf(ClaimSchema)
const PLACE_KEYS = keysOf(PlaceSchema)
const EVENT_ACTOR_KEYS = keysOf(EventActorSchema)
const LINK_KEYS = keysOf(LinkSchema)
const LINK_END_KEYS = keysOf(LinkEndSchema)
const TRACK_KEYS = keysOf(TrackDefinitionSchema)
const ACTOR_KEYS = keysOf(ActorSchema)
const SOURCE_KEYS = keysOf(SourceSchema)

export function eventInOrder(event: TimelineEvent): TimelineEvent {
  return inOrder(
    {
      ...event,
      place: event.place && inOrder(event.place, PLACE_KEYS),
      actors: event.actors.map((actor) => inOrder(actor, EVENT_ACTOR_KEYS)),
      claims: event.claims.map((claim) => inOrder(claim, CLAIM_KEYS)),
    },
    EVENT_KEYS,
  )
}

export function linkInOrder(link: Link): Link {
  const from = inOrder(link.from, LINK_END_KEYS)
  return inOrder({ ...link, from, to: inOrder(link.to, LINK_END_KEYS) }, LINK_KEYS)
}

export const trackInOrder = (track: TrackDefinition) => inOrder(track, TRACK_KEYS)
export const actorInOrder = (actor: Actor) => inOrder(actor, ACTOR_KEYS)
export const sourceInOrder = (source: Source) => inOrder(source, SOURCE_KEYS)

/** By id, the same in every locale. */
export function byId<T extends { id: string }>(a: T, b: T): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}
