import { lastCoveredMs } from '../../../shared/date-span'
import { dateValueToMs, type TimelineEvent } from '../../../shared/model'
import { withClaimIds } from '../event-store/claim-ids'

type Cell = string | number | null

/**
 * An event as the rows a timeline file keeps of it, in the order of EventWriter's columns.
 * Plain values only, so an import can work them out in one thread and write them in another.
 */
export interface EventRows {
  id: string
  startMs: number
  endMs: number
  track: string
  status: string
  /** The events row, without its `seq`. */
  event: Cell[]
  actors: Array<[position: number, actorId: string, role: string]>
  tags: Array<[position: number, tag: string]>
  claims: Cell[][]
  /** The search text: title, notes, place, claims. */
  search: [string, string, string, string]
}

/** The rows of an event; `sourceName` names a claim's source for its search text. */
export function eventRows(event: TimelineEvent, sourceName: (id: string) => string): EventRows {
  const e = withClaimIds(event)
  const startMs = dateValueToMs(e.start)
  const endMs = lastCoveredMs(e.end ?? e.start, 'utc')
  return {
    id: e.id,
    startMs,
    endMs,
    track: e.track,
    status: e.status,
    event: [
      e.id,
      e.title,
      e.start,
      e.end ?? null,
      e.precision,
      e.timeZone ?? null,
      e.place?.name ?? null,
      e.place?.country ?? null,
      e.track,
      e.status,
      e.notes,
      startMs,
      endMs,
      e.externalId ?? null,
      e.place?.latitude ?? null,
      e.place?.longitude ?? null,
    ],
    actors: e.actors.map((a, i) => [i, a.actorId, a.role]),
    tags: e.tags.map((t, i) => [i, t]),
    claims: e.claims.map((c, i) => [
      i,
      c.id!,
      c.claimant,
      c.sourceId,
      c.readInId ?? null,
      c.reported ?? null,
      c.readOn,
      c.text,
      c.isQuote ? 1 : 0,
      c.status,
      c.url ?? null,
    ]),
    search: [
      e.title,
      e.notes,
      e.place?.name ?? '',
      // A claim that says what the summary says (an import's often do) is indexed once: search
      // matches any column, so the result is the same, and the index a third of the size.
      e.claims
        .map(
          (c) => `${c.claimant} ${c.text === e.notes ? '' : `${c.text} `}${sourceName(c.sourceId)}`,
        )
        .join('\n'),
    ],
  }
}
