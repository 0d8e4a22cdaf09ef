import { lastCoveredMs } from '../../../shared/date-span'
import { dateValueToMs, type TimelineEvent } from '../../../shared/model'
import type { EventSummary } from '../../../shared/store'
import type { LoadedData } from './load-data-folder'
import { searchWords } from './normalize-text'
import { insertionPoint } from './sorted-search'
import type { NotesOverlay } from './store-basics'

/** An event of the in-memory store with what its lookups need, worked out once at load. */
export interface IndexedEvent {
  event: TimelineEvent
  /** Position in time order. */
  order: number
  startMs: number
  /** The last moment the event covers: calendar dates run to the end of their day. */
  endMs: number
  /** Folded words of everything searchable, each preceded by a space (for prefix tests). */
  searchText: string
  actorIds: Set<string>
}

/** Folded words, space-led, so " word" tests a word beginning as the search index does. */
export function wordText(text: string): string {
  return ` ${searchWords(text).join(' ')}`
}

/** Indexes the events in time order, a slice at a time. */
export function* indexSteps(data: LoadedData): Generator<void, IndexedEvent[]> {
  const sourceNames = new Map(data.sources.map((source) => [source.id, source.name]))
  const indexed: IndexedEvent[] = []
  for (const event of data.events) {
    if (indexed.length > 0 && indexed.length % 500 === 0) yield
    indexed.push(indexEvent(event, sourceNames))
  }
  indexed.sort((a, b) => a.startMs - b.startMs || a.event.id.localeCompare(b.event.id))
  indexed.forEach((entry, order) => (entry.order = order))
  return indexed
}

function indexEvent(event: TimelineEvent, sourceNames: ReadonlyMap<string, string>): IndexedEvent {
  const startMs = dateValueToMs(event.start)
  const endMs = lastCoveredMs(event.end ?? event.start, 'utc')
  const searchText = wordText(
    [
      event.title,
      event.notes,
      event.place?.name ?? '',
      ...event.claims.flatMap((claim) => [claim.text, claim.claimant]),
      ...event.claims.map((claim) => sourceNames.get(claim.sourceId) ?? ''),
    ].join('\n'),
  )
  return {
    event,
    order: 0,
    startMs,
    endMs,
    searchText,
    actorIds: new Set(event.actors.map((a) => a.actorId)),
  }
}

/** The first entry that starts at or after `ms` (or after it, if `past`). */
export function lowerBound(entries: IndexedEvent[], ms: number, past = false): number {
  return insertionPoint(entries.length, (i) => entries[i]!.startMs, ms, past)
}

/** The fields every view of an event shares. */
export function baseFields(event: TimelineEvent) {
  return {
    id: event.id,
    title: event.title,
    start: event.start,
    end: event.end,
    precision: event.precision,
    timeZone: event.timeZone,
    track: event.track,
    status: event.status,
    tags: event.tags,
  }
}

export function toSummary(event: TimelineEvent, notes: NotesOverlay): EventSummary {
  return {
    ...baseFields(event),
    placeName: event.place?.name,
    noteCount: notes.counts.get(event.id) ?? 0,
  }
}
