import type { Link, LinkView } from '../../../shared/links'
import type { TimelineEvent } from '../../../shared/model'

/**
 * An event's links as the details list them, from its side ("contradicts", or "is
 * contradicted by"), each with the other event's title, date and status and, for a link
 * between claims, the other claim's claimant, status and text.
 */
export function linkViews(
  eventId: string,
  links: readonly Link[],
  eventOf: (id: string) => TimelineEvent | null,
): LinkView[] {
  return links.flatMap((link): LinkView[] => {
    const outgoing = link.from.eventId === eventId
    const here = outgoing ? link.from : link.to
    const there = outgoing ? link.to : link.from
    const other = eventOf(there.eventId)
    if (!other) return []
    const claim =
      there.claimId === undefined ? undefined : other.claims.find((c) => c.id === there.claimId)
    return [
      {
        id: link.id,
        kind: link.kind,
        direction: outgoing ? 'outgoing' : 'incoming',
        ...(link.note === undefined ? {} : { note: link.note }),
        ...(here.claimId === undefined ? {} : { claimId: here.claimId }),
        other: {
          eventId: other.id,
          title: other.title,
          start: other.start,
          ...(other.end === undefined ? {} : { end: other.end }),
          precision: other.precision,
          status: other.status,
          ...(claim
            ? {
                claim: {
                  id: claim.id!,
                  claimant: claim.claimant,
                  status: claim.status,
                  text: claim.text,
                },
              }
            : {}),
        },
      },
    ]
  })
}
