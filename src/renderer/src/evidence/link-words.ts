import { LINK_LABELS } from '../../../shared/link-vocabulary'
import type { LinkView } from '../../../shared/links'
import type { EventDetail } from '../../../shared/store'

/** "Claim 2", as the Sources list numbers this event's claims; null for a claim it lacks. */
export function claimLabel(event: Pick<EventDetail, 'claims'>, claimId: string): string | null {
  const index = event.claims.findIndex((claim) => claim.id === claimId)
  return index < 0 ? null : `Claim ${index + 1}`
}

/**
 * How a link reads from this event's side, in its direction's words: "responds to", "is
 * answered by", or for a link between claims "Claim 2 is contradicted by".
 */
export function linkPhrase(view: LinkView, event: Pick<EventDetail, 'claims'>): string {
  const words = LINK_LABELS[view.kind][view.direction]
  const here = view.claimId === undefined ? null : claimLabel(event, view.claimId)
  return here ? `${here} ${words}` : words[0]!.toUpperCase() + words.slice(1)
}

/** The claim on the other side of a "contradicts": who made it, and in which event. */
export interface Contradiction {
  claimant: string
  eventId: string
  title: string
}

/**
 * This event's claims another claim contradicts, by claim id. "Contradicts" holds both ways (a
 * link the other way round is the same link), so either direction marks the claim; a link
 * between two claims of this event marks both.
 */
export function contradictionsByClaim(
  views: readonly LinkView[],
  event: Pick<EventDetail, 'id' | 'title' | 'claims'>,
): Map<string, Contradiction[]> {
  const byClaim = new Map<string, Contradiction[]>()
  const mark = (claimId: string, by: Contradiction) =>
    byClaim.set(claimId, [...(byClaim.get(claimId) ?? []), by])
  for (const view of views) {
    const { other } = view
    if (view.kind !== 'contradicts' || view.claimId === undefined || !other.claim) continue
    mark(view.claimId, {
      claimant: other.claim.claimant,
      eventId: other.eventId,
      title: other.title,
    })
    const here = event.claims.find((claim) => claim.id === view.claimId)
    if (other.eventId === event.id && here)
      mark(other.claim.id, { claimant: here.claimant, eventId: event.id, title: event.title })
  }
  return byClaim
}

/** Who contradicts a claim, in words: "Contradicted by Dmitry Peskov in “Peskov: …”". */
export function contradictedByText(marks: readonly Contradiction[], eventId: string): string {
  const who = marks.map((by) =>
    by.eventId === eventId ? `${by.claimant} (in this event)` : `${by.claimant} in “${by.title}”`,
  )
  return `Contradicted by ${who.join('; ')}`
}
