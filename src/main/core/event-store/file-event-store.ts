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
import type { TimeColumns, TimelineQueries } from '../timeline/timeline-queries'
import type { EventColumnsRow } from '../timeline/event-writer'
import { capProblems } from './cap-problems'
import { sameColumns, spliceColumns } from './column-edits'
import { filterPositions, joinScopes, type FilterScope } from './event-filter'
import { RecentAnswers } from './recent-answers'
import { linkViews } from './link-views'
import { eventsWithChangedNotes, NO_NOTES, NotFoundError, type NotesOverlay } from './store-basics'
import { toSummary } from './event-row-summary'
import type { LoadedData } from './load-data-folder'
import { resolveEvent } from './resolve-event'
import { insertionPoint } from './sorted-search'
import { fileWindow, type WindowMatching } from './file-window'

type Catalogue = { tracks: TrackDefinition[]; actors: Actor[]; sources: Source[] }
const CACHE_SIZE = 6

/** The events matching one query: their positions in time order, and what windows need. */
interface Matching extends WindowMatching {
  /** Whether it depends on the events' text, tags or actors, not only their columns. */
  readsContent: boolean
  /** What it answers, to check an edit's events against again. */
  query: EventQuery
  /** The notes it was last checked against. */
  notes: NotesOverlay
  positionBySeq?: Map<number, number>
  /** Events edited since it was answered, checked against it again when it is next asked. */
  unchecked?: FilterScope
}

function usesNotes(query: EventQuery): boolean {
  return query.text !== undefined || query.hasNotes === true
}

/**
 * The event store of a timeline file. It keeps only each event's time, track and status in
 * memory (a few bytes an event, so hundreds of thousands open in well under a second); what
 * a window, a page or the details show is read from the file when asked for, text search is
 * the file's FTS5 index, and the user's notes are matched in memory as in the sample's store.
 */
export class FileEventStore {
  private columns: TimeColumns
  private actorsById = new Map<string, Actor>()
  private sourcesById = new Map<string, Source>()
  private readonly cache = new RecentAnswers<Matching>(CACHE_SIZE)
  private maxSeq = 0
  /** Each row's position in the columns, by seq: built when first needed after a change. */
  private positionOfSeq: Int32Array | undefined
  private tagList: string[] | undefined

  constructor(
    readonly path: string,
    private readonly queries: TimelineQueries,
    private meta: Catalogue,
    private readonly readAll: () => LoadedData,
  ) {
    this.columns = queries.timeColumns()
    this.takeCatalogue(meta)
    this.maxSeq = this.columns.seq.reduce((max, s) => Math.max(max, s), 0)
  }

  /** Takes in an edit that has reached the file: its rows, and the catalogue if it changed. */
  applyEdit(removedSeqs: readonly number[], inserted: readonly EventColumnsRow[]): void {
    this.tagList = undefined
    // Most edits (a title, a claim's status) leave every event's time, track and status as
    // they were: only the answers reading text, tags or actors may change, as to the edited
    // events alone, checked once asked for (checking each search typed on the way to the
    // shown one, at every edit, held up the edit's acknowledgement).
    if (sameColumns(this.columns, removedSeqs, inserted)) {
      const scope = this.scopeOf(inserted)
      for (const matching of this.cache.values()) {
        if (matching.readsContent) matching.unchecked = joinScopes(matching.unchecked, scope)
      }
      return
    }
    this.columns = spliceColumns(
      this.columns,
      removedSeqs,
      inserted,
      (seqs) => new Map(this.queries.rows(seqs).map((row) => [row.seq, row.id])),
    )
    for (const row of inserted) this.maxSeq = Math.max(this.maxSeq, row.seq)
    this.positionOfSeq = undefined
    this.cache.drop()
  }

  takeCatalogue(meta: Catalogue): void {
    this.meta = meta
    this.actorsById = new Map(meta.actors.map((a) => [a.id, a]))
    this.sourcesById = new Map(meta.sources.map((s) => [s.id, s]))
    this.cache.drop()
  }

  /** Search is the file's own index: ready at once. */
  get searchReady(): Promise<void> {
    return Promise.resolve()
  }

  status(): StoreStatus {
    return {
      dataDir: this.path,
      eventCount: this.columns.seq.length,
      actorCount: this.meta.actors.length,
      sourceCount: this.meta.sources.length,
      ...capProblems([]),
    }
  }

  actors(): Actor[] {
    return this.meta.actors
  }

  sources(): Source[] {
    return this.meta.sources
  }

  tracks(): TrackDefinition[] {
    return this.meta.tracks
  }

  tags(): string[] {
    this.tagList ??= this.queries.tags()
    return this.tagList
  }

  /** Everything in the file, read whole (to save a copy of a damaged file). */
  contents(): LoadedData {
    return this.readAll()
  }

  title(id: string): string | undefined {
    return this.queries.titleOf(id)
  }

  links(id: string): LinkView[] {
    return linkViews(id, this.queries.linksOf(id), (other) => this.queries.event(other))
  }

  linksAmong(eventIds: readonly string[]): LinkPair[] {
    return pairsAmong(this.queries.linksAmong(eventIds), new Set(eventIds))
  }

  listEvents(query: EventQuery = {}, notes: NotesOverlay = NO_NOTES): EventSummary[] {
    return this.summaries(this.matching(query, notes).positions, notes)
  }

  listPage(query: EventQuery, offset: number, limit: number, notes: NotesOverlay = NO_NOTES) {
    const { positions } = this.matching(query, notes)
    return {
      total: positions.length,
      offset,
      items: this.summaries(positions.subarray(offset, offset + limit), notes),
    }
  }

  adjacent(
    query: EventQuery,
    id: string,
    direction: -1 | 1,
    notes: NotesOverlay = NO_NOTES,
  ): EventSummary | null {
    const matching = this.matching(query, notes)
    const seq = this.queries.seqOf(id)
    if (seq === null) return null
    matching.positionBySeq ??= new Map(
      Array.from(matching.positions, (position, i) => [this.columns.seq[position]!, i]),
    )
    const at = matching.positionBySeq.get(seq)
    const next = at === undefined ? undefined : matching.positions[at + direction]
    return next === undefined ? null : (this.summaries([next], notes)[0] ?? null)
  }

  window(request: WindowQuery, notes: NotesOverlay = NO_NOTES): TimelineWindow {
    return fileWindow(
      this.matching(request.query, notes),
      request,
      this.columns,
      () => this.meta.tracks.map((t) => t.id),
      (positions) => this.summaries(positions, notes),
    )
  }

  getEvent(id: string): EventDetail {
    const event = this.queries.event(id)
    if (!event) throw new NotFoundError(`No event with id "${id}".`)
    return resolveEvent(event, this.actorsById, this.sourcesById)
  }

  private summaries(positions: ArrayLike<number>, notes: NotesOverlay): EventSummary[] {
    const seqs = Array.from(positions, (p) => this.columns.seq[p]!)
    return this.queries.rows(seqs).map((row) => toSummary(row, notes))
  }

  private matching(query: EventQuery, notes: NotesOverlay): Matching {
    const key = JSON.stringify(query)
    const cached = this.cache.get(key)
    if (cached) {
      // Which events match depends on the notes only through text and "has my notes", and a
      // note saved can change that for the event it is on alone: only those are checked
      // again (filtering every event again held up the answers after each note).
      if (cached.notes !== notes) {
        const changed = usesNotes(query) ? eventsWithChangedNotes(cached.notes, notes) : []
        cached.notes = notes
        if (changed.length > 0) {
          cached.unchecked = joinScopes(cached.unchecked, this.scopeOfIds(changed))
        }
      }
      if (cached.unchecked) this.matchAgain(cached, cached.unchecked)
      return cached
    }
    const positions = this.filter(query, notes)
    const readsContent = Boolean(query.text ?? query.tags ?? query.actorIds)
    const matching: Matching = { positions, ...this.spans(positions), readsContent, query, notes }
    this.cache.set(key, matching)
    return matching
  }

  /** Positions in time order of the events matching the query (within `scope`, if given). */
  private filter(query: EventQuery, notes: NotesOverlay, scope?: FilterScope): Int32Array {
    return filterPositions(this.columns, this.queries, this.maxSeq, query, notes, scope)
  }

  private spans(positions: Int32Array): { maxSpanMs: number; maxEndMs: number } {
    let maxSpanMs = 0
    let maxEndMs = -Infinity
    for (const p of positions) {
      const end = this.columns.endMs[p]!
      maxSpanMs = Math.max(maxSpanMs, end - this.columns.startMs[p]!)
      maxEndMs = Math.max(maxEndMs, end)
    }
    return { maxSpanMs, maxEndMs }
  }

  /** Where rows that are in the columns (as they were) stand in them. */
  private scopeOf(rows: readonly EventColumnsRow[]): FilterScope {
    const { seq, startMs } = this.columns
    const positions: number[] = []
    for (const row of rows) {
      let p = insertionPoint(seq.length, (i) => startMs[i]!, row.startMs, false)
      while (p < seq.length && seq[p] !== row.seq) p += 1
      if (p < seq.length) positions.push(p)
    }
    return { positions: positions.sort((a, b) => a - b), seqs: rows.map((row) => row.seq) }
  }

  /** Where these events (by id) stand in the time columns; ids not in the file are left out. */
  private scopeOfIds(ids: readonly string[]): FilterScope {
    const seqs = [...this.queries.seqsOfIds(ids).values()]
    if (!this.positionOfSeq) {
      this.positionOfSeq = new Int32Array(this.maxSeq + 1)
      this.columns.seq.forEach((seq, position) => (this.positionOfSeq![seq] = position))
    }
    const positions = seqs.map((seq) => this.positionOfSeq![seq]!)
    return { positions: positions.sort((a, b) => a - b), seqs }
  }

  /**
   * An edit that left its events' times, tracks and statuses as they were may still change
   * whether they match (a title, a tag): only they are checked again, and the answer is
   * changed only if one of them came in or went out.
   */
  private matchAgain(matching: Matching, scope: FilterScope): void {
    delete matching.unchecked
    const before = matching.positions
    const now = this.filter(matching.query, matching.notes, scope)
    const was = scope.positions.filter((p) => before.includes(p))
    if (was.length === now.length && now.every((p) => was.includes(p))) return
    const edited = new Set(scope.positions)
    const kept = before.filter((p) => !edited.has(p))
    const positions = Int32Array.from([...kept, ...now]).sort()
    Object.assign(matching, { positions, ...this.spans(positions) })
    delete matching.startIndex
    delete matching.positionBySeq
  }
}
