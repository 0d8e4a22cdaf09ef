import { pairsAmong, type LinkPair, type LinkView } from '../../../shared/links'
import type { Actor, Source, TrackDefinition } from '../../../shared/model'
import type {
  EventDetail,
  EventQuery,
  EventSummary,
  StoreStatus,
  TimelineWindow,
  WindowQuery,
} from '../../../shared/store'
import { capProblems } from './cap-problems'
import { indexSteps, toSummary, wordText, type IndexedEvent } from './indexed-event'
import { loadDataFolder, runAtOnce, runInSlices, type LoadedData } from './load-data-folder'
import { searchWords } from './normalize-text'
import { resolveEvent } from './resolve-event'
import { boundToMs, NO_NOTES, NotFoundError, type NotesOverlay } from './store-basics'
import { SHORT_PREFIX_MAX, ShortPrefixIndex } from './short-prefix-index'
import { SearchIndex } from './search-index'
import { StartIndex } from './time-buckets'
import { answerWindow } from './memory-window'
import { linkViews } from './link-views'
import { NARROWING_LIMIT, NARROWING_SHARE, narrows, type TextSearch } from './search-narrowing'

export { boundToMs, NotFoundError, type NotesOverlay } from './store-basics'

/** The events matching one query, in time order, with what windowed lookups need. */
export interface Matching {
  entries: IndexedEvent[]
  /** Longest span among them, to find events that began before a window but reach into it. */
  maxSpanMs: number
  /** Latest moment any of them covers. */
  maxEndMs: number
  /** Where each one is among them, built for the first step to an adjacent event. */
  positionById?: Map<string, number>
  /** Their starts per track and status, built for the first window drawn as counts. */
  startIndex?: StartIndex
}

const CACHE_SIZE = 6
/**
 * The loaded event store: events in time order with sorted indexes, so a window of time is
 * answered by binary search and the renderer receives only what it draws.
 */
export class EventStore {
  private readonly indexed: IndexedEvent[]
  private readonly byId: Map<string, IndexedEvent>
  private readonly actorsById: Map<string, Actor>
  private readonly sourcesById: Map<string, Source>
  private readonly search: SearchIndex
  private readonly shortPrefixes: ShortPrefixIndex
  private readonly cache = new Map<string, Matching>()
  private lastWindow: { key: string; result: TimelineWindow } | null = null
  private lastTextSearch: TextSearch | null = null
  /** The notes' folded words per event, kept for as long as the notes' text is unchanged. */
  private noteWords = new WeakMap<ReadonlyMap<string, string>, ReadonlyMap<string, string>>()

  /** Loads and indexes a data folder in slices, so the main process stays responsive. */
  static async load(dataDir: string): Promise<EventStore> {
    return EventStore.fromData(dataDir, await loadDataFolder(dataDir))
  }

  /** Indexes data already read (a timeline file), in slices. */
  static async fromData(origin: string, data: LoadedData): Promise<EventStore> {
    return new EventStore(origin, data, await runInSlices(indexSteps(data)))
  }

  constructor(
    readonly dataDir: string,
    private readonly data: LoadedData,
    indexed: IndexedEvent[] = runAtOnce(indexSteps(data)),
  ) {
    this.actorsById = new Map(data.actors.map((actor) => [actor.id, actor]))
    this.sourcesById = new Map(data.sources.map((source) => [source.id, source]))
    this.indexed = indexed
    this.byId = new Map(this.indexed.map((entry) => [entry.event.id, entry]))
    const texts = this.indexed.map((entry) => entry.searchText)
    this.search = new SearchIndex(texts)
    this.shortPrefixes = new ShortPrefixIndex(texts)
  }

  /** Resolves once full-text search is indexed (it works before, by scanning). */
  get searchReady(): Promise<void> {
    return Promise.all([this.search.built, this.shortPrefixes.built]).then(() => undefined)
  }

  status(): StoreStatus {
    return {
      dataDir: this.dataDir,
      eventCount: this.indexed.length,
      actorCount: this.data.actors.length,
      sourceCount: this.data.sources.length,
      ...capProblems(this.data.problems),
    }
  }

  actors(): Actor[] {
    return this.data.actors
  }

  tracks(): TrackDefinition[] {
    return this.data.tracks
  }

  /** Everything the store was built from: what "Save a copy" of the sample writes. */
  contents(): LoadedData {
    return this.data
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

  /** The links from and to an event, each with the other side's facts. */
  links(id: string): LinkView[] {
    const links = (this.data.links ?? []).filter(
      (l) => l.from.eventId === id || l.to.eventId === id,
    )
    return linkViews(id, links, (other) => this.byId.get(other)?.event ?? null)
  }

  /** The links joining two of these events, as the timeline draws them. */
  linksAmong(eventIds: readonly string[]): LinkPair[] {
    return pairsAmong(this.data.links ?? [], new Set(eventIds))
  }

  listEvents(query: EventQuery = {}, notes: NotesOverlay = NO_NOTES): EventSummary[] {
    return this.matching(query, notes).entries.map(({ event }) => toSummary(event, notes))
  }

  /** One page of the matching events, in time order, and how many match in all. */
  listPage(
    query: EventQuery,
    offset: number,
    limit: number,
    notes: NotesOverlay = NO_NOTES,
  ): { total: number; offset: number; items: EventSummary[] } {
    const { entries } = this.matching(query, notes)
    return {
      total: entries.length,
      offset,
      items: entries.slice(offset, offset + limit).map(({ event }) => toSummary(event, notes)),
    }
  }

  /** The matching event just before or after another in time, if any. */
  adjacent(
    query: EventQuery,
    id: string,
    direction: -1 | 1,
    notes: NotesOverlay = NO_NOTES,
  ): EventSummary | null {
    const matching = this.matching(query, notes)
    matching.positionById ??= new Map(matching.entries.map((entry, i) => [entry.event.id, i]))
    const position = matching.positionById.get(id)
    if (position === undefined) return null
    const next = matching.entries[position + direction]
    return next ? toSummary(next.event, notes) : null
  }

  /**
   * What the timeline draws for a window: the events themselves when few enough overlap it,
   * else per-track counts in time buckets. Either way a few hundred records, whatever N is.
   */
  window(request: WindowQuery, notes: NotesOverlay = NO_NOTES): TimelineWindow {
    // The same window is often asked twice in a row (first view, then its range change).
    const key = `${notes.version}:${JSON.stringify(request)}`
    if (this.lastWindow?.key === key) return this.lastWindow.result
    const result = this.computeWindow(request, notes)
    this.lastWindow = { key, result }
    return result
  }

  private computeWindow(request: WindowQuery, notes: NotesOverlay): TimelineWindow {
    const matching = this.matching(request.query, notes)
    return answerWindow(
      matching,
      request,
      notes,
      () =>
        new StartIndex(
          matching.entries,
          this.data.tracks.map((t) => t.id),
        ),
    )
  }

  getEvent(id: string): EventDetail {
    const entry = this.byId.get(id)
    if (!entry) throw new NotFoundError(`No event with id "${id}".`)
    return resolveEvent(entry.event, this.actorsById, this.sourcesById)
  }

  /** The events matching a query, cached: windows, pages and steps reuse one filtering pass. */
  private matching(query: EventQuery, notes: NotesOverlay): Matching {
    const key = `${notes.version}:${JSON.stringify(query)}`
    const cached = this.cache.get(key)
    if (cached) {
      this.cache.delete(key)
      this.cache.set(key, cached)
      return cached
    }
    const entries = this.filter(query, notes)
    const matching: Matching = {
      entries,
      maxSpanMs: entries.reduce((max, e) => Math.max(max, e.endMs - e.startMs), 0),
      maxEndMs: entries.reduce((max, e) => Math.max(max, e.endMs), -Infinity),
    }
    this.cache.set(key, matching)
    if (this.cache.size > CACHE_SIZE) this.cache.delete(this.cache.keys().next().value as string)
    return matching
  }

  /** The notes' text folded for search; the overlay's map is new whenever the notes change. */
  private noteWordsOf(notes: NotesOverlay): ReadonlyMap<string, string> {
    const known = this.noteWords.get(notes.text)
    if (known) return known
    const words = new Map([...notes.text].map(([id, text]) => [id, wordText(text)]))
    this.noteWords.set(notes.text, words)
    return words
  }

  /**
   * Whether an event's own text has every word, from the indexes: one- and two-letter words
   * from the short-prefix bitsets (they expand to most of the full-text index), longer ones
   * from the full-text index. Null when there are no words or an index is not built yet.
   */
  private indexedText(words: readonly string[]): ((order: number) => boolean) | null {
    if (words.length === 0) return null
    const long = words.filter((w) => w.length > SHORT_PREFIX_MAX)
    const fullText = long.length > 0 ? this.search.search(long.join(' ')) : undefined
    if (fullText === null) return null
    const short: Array<(order: number) => boolean> = []
    for (const word of words.filter((w) => w.length <= SHORT_PREFIX_MAX)) {
      const has = this.shortPrefixes.has(word)
      if (!has) return null
      short.push(has)
    }
    return (order) => (!fullText || fullText.has(order)) && short.every((has) => has(order))
  }

  private filter(query: EventQuery, notes: NotesOverlay): IndexedEvent[] {
    const fromMs = query.from === undefined ? -Infinity : boundToMs(query.from, 'from')
    const toMs = query.to === undefined ? Infinity : boundToMs(query.to, 'to')
    const tracks = query.tracks && new Set(query.tracks)
    const statuses = query.statuses && new Set(query.statuses)
    const tags = query.tags && new Set(query.tags)
    const actorIds = query.actorIds
    const words = query.text === undefined ? [] : searchWords(query.text)
    const rest = `${notes.version}:${JSON.stringify({ ...query, text: undefined })}`
    // Typing on only narrows a search: its matches are among the last keystroke's.
    const previous = this.lastTextSearch
    const candidates =
      previous &&
      words.length > 0 &&
      previous.rest === rest &&
      previous.entries.length <= Math.max(NARROWING_LIMIT, this.indexed.length * NARROWING_SHARE) &&
      narrows(previous.words, words)
        ? previous.entries
        : this.indexed
    const indexed = candidates === this.indexed ? this.indexedText(words) : null
    const noteText = this.noteWordsOf(notes)
    // Each word must begin a word of the event or of the user's notes on it. The index knows
    // the event's own words only, so an event it misses is checked word by word when noted.
    const matchesText = (entry: IndexedEvent): boolean => {
      if (words.length === 0) return true
      if (indexed && indexed(entry.order)) return true
      const mine = noteText.get(entry.event.id) ?? ''
      if (indexed && mine === '') return false
      return words.every((w) => entry.searchText.includes(` ${w}`) || mine.includes(` ${w}`))
    }
    const entries = candidates.filter(
      (entry) =>
        entry.endMs >= fromMs &&
        entry.startMs <= toMs &&
        (!tracks || tracks.has(entry.event.track)) &&
        (!statuses || statuses.has(entry.event.status)) &&
        (!tags || entry.event.tags.some((tag) => tags.has(tag))) &&
        (!actorIds || actorIds.some((id) => entry.actorIds.has(id))) &&
        (!query.hasNotes || (notes.counts.get(entry.event.id) ?? 0) > 0) &&
        matchesText(entry),
    )
    if (words.length > 0) this.lastTextSearch = { rest, words, entries }
    return entries
  }
}
