import type { Link, LinkEnd } from '../../../shared/links'
import type { TimelineEvent } from '../../../shared/model'
import type { DataProblem } from '../../../shared/store'
import { formatJsonPath } from './json-path'

/** Leaves out links to an event or a claim the data does not have, and says which and why. */
export function keepLinksBetween(
  links: ReadonlyArray<{ record: Link; index: number }>,
  events: readonly TimelineEvent[],
  problems: DataProblem[],
): Link[] {
  const claimsByEvent = new Map(events.map((e) => [e.id, new Set(e.claims.map((c) => c.id))]))
  const missing = (end: LinkEnd): string | null => {
    const claims = claimsByEvent.get(end.eventId)
    if (!claims) return `no event with id "${end.eventId}"`
    if (end.claimId !== undefined && !claims.has(end.claimId))
      return `event "${end.eventId}" has no claim "${end.claimId}"`
    return null
  }
  return links
    .filter(({ record, index }) => {
      for (const side of ['from', 'to'] as const) {
        const why = missing(record[side])
        if (why) {
          problems.push({
            file: 'links.json',
            path: formatJsonPath(['links', index, side]),
            message: `${why}; link "${record.id}" is left out`,
          })
          return false
        }
      }
      return true
    })
    .map(({ record }) => record)
}
