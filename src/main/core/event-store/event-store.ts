import { dateValueToMs, type Actor, type Source, type TimelineEvent } from '../../../shared/model'
import type { EventDetail, EventQuery, EventSummary, StoreStatus } from '../../../shared/store'
import { loadDataFolder, type LoadedData } from './load-data-folder'
import { normalizeText, searchWords } from './normalize-text'

const DAY_MS = 86_400_000

interface IndexedEvent {
  event: TimelineEvent
  startMs: number
  /** The last moment the event covers: calendar dates run to the end of their day. */
  endMs: number
  searchText: string
  actorIds: Set<string>
}

/** Moment of a query bound: a calendar date as `to` means the end of that day. */
function boundToMs(value: string, bound: 'from' | 'to'): number {
  const ms = dateValueToMs(value)
  return bound === 'to' && value.length === 10 ? ms + DAY_MS - 1 : ms
}

export class NotFoundError extends Error {}

/** What the store needs to know of the user's notes to filter, search and mark events. */
export interface NotesOverlay {
  counts: ReadonlyMap<string, number>
  /** Folded note text per event id. */
  text: ReadonlyMap<string, string>
}

const NO_NOTES: NotesOverlay = { counts: new Map(), text: new Map() }

/** The loaded event store: events in time order, with the actors and sources they cite. */
export class EventStore {
  private readonly indexed: IndexedEvent[]
  private readonly byId: Map<string, IndexedEvent>
  private readonly actorsById: Map<string, Actor>
  private readonly sourcesById: Map<string, Source>

  static async load(dataDir: string): Promise<EventStore> {
    return new EventStore(dataDir, await loadDataFolder(dataDir))
  }

  constructor(
    readonly dataDir: string,
    private readonly data: LoadedData,
  ) {
    this.actorsById = new Map(data.actors.map((actor) => [actor.id, actor]))
    this.sourcesById = new Map(data.sources.map((source) => [source.id, source]))
    this.indexed = data.events
      .map((event) => this.index(event))
      .sort((a, b) => a.startMs - b.startMs || a.event.id.localeCompare(b.event.id))
    this.byId = new Map(this.indexed.map((entry) => [entry.event.id, entry]))
  }

  status(): StoreStatus {
    return {
      dataDir: this.dataDir,
      eventCount: this.indexed.length,
      actorCount: this.data.actors.length,
      sourceCount: this.data.sources.length,
      problems: this.data.problems,
    }
  }

  actors(): Actor[] {
    return this.data.actors
  }

  sources(): Source[] {
    return this.data.sources
  }

  /** Every tag in use, sorted. */
  tags(): string[] {
    return [...new Set(this.data.events.flatMap((e) => e.tags))].sort()
  }

  title(id: string): string | undefined {
    return this.byId.get(id)?.event.title
  }

  listEvents(query: EventQuery = {}, notes: NotesOverlay = NO_NOTES): EventSummary[] {
    const fromMs = query.from === undefined ? -Infinity : boundToMs(query.from, 'from')
    const toMs = query.to === undefined ? Infinity : boundToMs(query.to, 'to')
    const tracks = query.tracks && new Set(query.tracks)
    const statuses = query.statuses && new Set(query.statuses)
    const tags = query.tags && new Set(query.tags)
    const actorIds = query.actorIds
    const words = query.text === undefined ? [] : searchWords(query.text)

    return this.indexed
      .filter(
        (entry) =>
          entry.endMs >= fromMs &&
          entry.startMs <= toMs &&
          (!tracks || tracks.has(entry.event.track)) &&
          (!statuses || statuses.has(entry.event.status)) &&
          (!tags || entry.event.tags.some((tag) => tags.has(tag))) &&
          (!actorIds || actorIds.some((id) => entry.actorIds.has(id))) &&
          (!query.hasNotes || (notes.counts.get(entry.event.id) ?? 0) > 0) &&
          words.every(
            (word) =>
              entry.searchText.includes(word) ||
              (notes.text.get(entry.event.id)?.includes(word) ?? false),
          ),
      )
      .map(({ event }) => toSummary(event, notes.counts.get(event.id) ?? 0))
  }

  getEvent(id: string): EventDetail {
    const entry = this.byId.get(id)
    if (!entry) throw new NotFoundError(`No event with id "${id}".`)
    const { event } = entry
    const source = (sourceId: string): Source => {
      const found = this.sourcesById.get(sourceId)
      // The loader leaves out events with dangling references, so this cannot miss.
      if (!found) throw new Error(`Source "${sourceId}" is missing.`)
      return found
    }
    return {
      id: event.id,
      title: event.title,
      start: event.start,
      end: event.end,
      precision: event.precision,
      timeZone: event.timeZone,
      place: event.place,
      track: event.track,
      status: event.status,
      tags: event.tags,
      notes: event.notes,
      actors: event.actors.flatMap(({ actorId, role }) => {
        const actor = this.actorsById.get(actorId)
        return actor ? [{ actor, role }] : []
      }),
      claims: event.claims.map((claim) => ({
        ...claim,
        source: source(claim.sourceId),
        readIn: claim.readInId === undefined ? undefined : source(claim.readInId),
      })),
    }
  }

  private index(event: TimelineEvent): IndexedEvent {
    const startMs = dateValueToMs(event.start)
    const last = event.end ?? event.start
    const endMs = last.length === 10 ? dateValueToMs(last) + DAY_MS - 1 : dateValueToMs(last)
    const sourceNames = event.claims.map(
      (claim) => this.sourcesById.get(claim.sourceId)?.name ?? '',
    )
    const searchText = normalizeText(
      [
        event.title,
        event.notes,
        event.place?.name ?? '',
        ...event.claims.flatMap((claim) => [claim.text, claim.claimant]),
        ...sourceNames,
      ].join('\n'),
    )
    return {
      event,
      startMs,
      endMs,
      searchText,
      actorIds: new Set(event.actors.map((a) => a.actorId)),
    }
  }
}

function toSummary(event: TimelineEvent, noteCount: number): EventSummary {
  return {
    id: event.id,
    title: event.title,
    start: event.start,
    end: event.end,
    precision: event.precision,
    timeZone: event.timeZone,
    placeName: event.place?.name,
    track: event.track,
    status: event.status,
    tags: event.tags,
    noteCount,
  }
}
