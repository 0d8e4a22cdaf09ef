import type { EventQuery } from '../../../shared/store'
import type { TimeColumns, TimelineQueries } from '../timeline/timeline-queries'
import { membersOf } from './column-edits'
import { searchWords } from './normalize-text'
import { boundToMs, type NotesOverlay } from './store-basics'

/** Some of the events: their positions in the time columns (ascending), and their rows. */
export interface FilterScope {
  positions: readonly number[]
  seqs: readonly number[]
}

/** The events of both scopes (positions in order), as one scope to check again. */
export function joinScopes(earlier: FilterScope | undefined, later: FilterScope): FilterScope {
  if (!earlier) return later
  return {
    positions: [...new Set([...earlier.positions, ...later.positions])].sort((a, b) => a - b),
    seqs: [...new Set([...earlier.seqs, ...later.seqs])],
  }
}

/**
 * Positions in time order of the events matching every part of the query. Within `scope`
 * only, when given: then the text, tags and actors are looked up for its rows alone, so an
 * edit of one event checks that event, not the hundreds of thousands around it.
 */
export function filterPositions(
  columns: TimeColumns,
  queries: TimelineQueries,
  maxSeq: number,
  query: EventQuery,
  notes: NotesOverlay,
  scope?: FilterScope,
): Int32Array {
  const { seq, startMs, endMs, track, status } = columns
  if (Object.values(query).every((value) => value === undefined)) {
    return scope
      ? Int32Array.from(scope.positions)
      : Int32Array.from({ length: seq.length }, (_, i) => i)
  }
  const among = scope?.seqs
  const fromMs = query.from === undefined ? -Infinity : boundToMs(query.from, 'from')
  const toMs = query.to === undefined ? Infinity : boundToMs(query.to, 'to')
  const tracks = query.tracks && new Set<string>(query.tracks)
  const statuses = query.statuses && new Set<string>(query.statuses)
  const allowed = allowedSeqs(queries, maxSeq, query, notes, among)
  // One pass over the positions with plain array reads: at 200,000 events a pass through a
  // chain of closures took longer than the search index's own answer.
  const candidates = scope?.positions ?? null
  const count = candidates ? candidates.length : seq.length
  const out = new Int32Array(count)
  let found = 0
  for (let i = 0; i < count; i += 1) {
    const p = candidates ? candidates[i]! : i
    if (allowed && allowed[seq[p]!] !== 1) continue
    if (endMs[p]! < fromMs || startMs[p]! > toMs) continue
    if (tracks && !tracks.has(track[p]!)) continue
    if (statuses && !statuses.has(status[p]!)) continue
    out[found++] = p
  }
  return out.slice(0, found)
}

/**
 * The rows (by seq) allowed by the query's tags, actors, notes and words together, or null
 * when it names none of them. Each word must begin a word of the event (the FTS5 index) or of
 * the user's notes on it.
 */
function allowedSeqs(
  queries: TimelineQueries,
  maxSeq: number,
  query: EventQuery,
  notes: NotesOverlay,
  among: readonly number[] | undefined,
): Uint8Array | null {
  const words = query.text === undefined ? [] : searchWords(query.text)
  const noted = query.hasNotes || words.length > 0 ? notedSeqs(queries, notes) : null
  const sets: Uint8Array[] = []
  if (query.tags) sets.push(membersOf(queries.seqsWithTags(query.tags, among), maxSeq))
  if (query.actorIds) sets.push(membersOf(queries.seqsWithActors(query.actorIds, among), maxSeq))
  if (query.hasNotes) sets.push(membersOf(Int32Array.from(noted!.keys()), maxSeq))
  for (const word of words) {
    const own = membersOf(queries.seqsWithWord(word, among), maxSeq)
    for (const [s, text] of noted!) if (text.includes(` ${word}`)) own[s] = 1
    sets.push(own)
  }
  const [first, ...rest] = sets
  if (!first) return null
  for (const set of rest) for (let s = 0; s < first.length; s += 1) first[s]! &= set[s]!
  return first
}

/** The folded text of the user's notes, by the event's row in the file. */
function notedSeqs(queries: TimelineQueries, notes: NotesOverlay): Map<number, string> {
  if (notes.counts.size === 0) return new Map()
  const seqs = queries.seqsOfIds([...notes.counts.keys()])
  const text = new Map<number, string>()
  for (const [id, s] of seqs) text.set(s, ` ${searchWords(notes.text.get(id) ?? '').join(' ')}`)
  return text
}
