import type { Actor, Source, TimelineEvent } from '../../../shared/model'
import type { EventDetail } from '../../../shared/store'
import { baseFields } from './indexed-event'

/** An event with its actors and its claims' sources looked up: what the details panel shows. */
export function resolveEvent(
  event: TimelineEvent,
  actorsById: ReadonlyMap<string, Actor>,
  sourcesById: ReadonlyMap<string, Source>,
): EventDetail {
  const source = (sourceId: string): Source => {
    const found = sourcesById.get(sourceId)
    // Stores hold no event with a dangling reference (the loader and the file's keys see to it).
    if (!found) throw new Error(`Source "${sourceId}" is missing.`)
    return found
  }
  return {
    ...baseFields(event),
    ...(event.externalId === undefined ? {} : { externalId: event.externalId }),
    place: event.place,
    notes: event.notes,
    actors: event.actors.flatMap(({ actorId, role }) => {
      const actor = actorsById.get(actorId)
      return actor ? [{ actor, role }] : []
    }),
    claims: event.claims.map((claim) => ({
      ...claim,
      source: source(claim.sourceId),
      readIn: claim.readInId === undefined ? undefined : source(claim.readInId),
    })),
  }
}
