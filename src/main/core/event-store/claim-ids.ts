import type { TimelineEvent } from '../../../shared/model'

/**
 * The event with an id on every claim: those it has are kept, each other claim takes the
 * first free "c1", "c2"… of its event, so a link to a claim survives edits of its neighbours.
 */
export function withClaimIds(event: TimelineEvent): TimelineEvent {
  if (event.claims.every((claim) => claim.id !== undefined)) return event
  const taken = new Set(event.claims.map((claim) => claim.id))
  let next = 1
  const claims = event.claims.map((claim) => {
    if (claim.id !== undefined) return claim
    while (taken.has(`c${next}`)) next += 1
    taken.add(`c${next}`)
    return { id: `c${next}`, ...claim }
  })
  return { ...event, claims }
}
