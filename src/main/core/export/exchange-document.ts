import {
  EXCHANGE_FORMAT,
  EXCHANGE_VERSION,
  type TimelineExport,
} from '../../../shared/exchange-format'
import type { TimelineEvent } from '../../../shared/model'
import type { LoadedData } from '../event-store/load-data-folder'
import {
  actorInOrder,
  byId,
  eventInOrder,
  linkInOrder,
  sourceInOrder,
  trackInOrder,
} from './canonical-order'

/** What the document says of the timeline itself. */
export interface TimelineHeading {
  title: string
  description: string
}

/** The events to export, in this order; every event of the timeline when null. */
export type EventSelection = readonly string[] | null

/** The events of the selection, in its order (events gone since are skipped). */
export function selectEvents(
  events: readonly TimelineEvent[],
  selection: EventSelection,
): TimelineEvent[] {
  if (selection === null) return [...events]
  const byEventId = new Map(events.map((event) => [event.id, event]))
  return selection.flatMap((id) => byEventId.get(id) ?? [])
}

/**
 * The lossless JSON document of a timeline (TimelineExportSchema): tracks, actors, sources,
 * events with their claims, and links; never the edit history, the user's notes or attached
 * documents. For a selection, only the tracks, actors and sources its events use, and only the
 * links whose two ends are both among them, so the document stands on its own. Tracks keep the
 * timeline's order; actors, sources and links are sorted by id, and every object's keys are in
 * its schema's order, so the same timeline gives the same document whichever store holds it.
 */
export function buildTimelineExport(
  contents: Pick<LoadedData, 'tracks' | 'actors' | 'sources' | 'events' | 'links'>,
  heading: TimelineHeading,
  selection: EventSelection,
): TimelineExport {
  const events = selectEvents(contents.events, selection)
  const links = contents.links ?? []
  if (selection === null) {
    return document(heading, { ...contents, events, links })
  }
  const tracks = new Set(events.map((e) => e.track))
  const actors = new Set(events.flatMap((e) => e.actors.map((a) => a.actorId)))
  const sources = new Set(
    events.flatMap((e) =>
      e.claims.flatMap((c) => [c.sourceId, ...(c.readInId ? [c.readInId] : [])]),
    ),
  )
  const eventIds = new Set(events.map((e) => e.id))
  return document(heading, {
    tracks: contents.tracks.filter((t) => tracks.has(t.id)),
    actors: contents.actors.filter((a) => actors.has(a.id)),
    sources: contents.sources.filter((s) => sources.has(s.id)),
    events,
    links: links.filter((l) => eventIds.has(l.from.eventId) && eventIds.has(l.to.eventId)),
  })
}

function document(
  heading: TimelineHeading,
  parts: Omit<TimelineExport, 'format' | 'version' | 'timeline'>,
): TimelineExport {
  return {
    format: EXCHANGE_FORMAT,
    version: EXCHANGE_VERSION,
    timeline: { title: heading.title, description: heading.description },
    tracks: parts.tracks.map(trackInOrder),
    actors: [...parts.actors].sort(byId).map(actorInOrder),
    sources: [...parts.sources].sort(byId).map(sourceInOrder),
    events: parts.events.map(eventInOrder),
    links: [...parts.links].sort(byId).map(linkInOrder),
  }
}
