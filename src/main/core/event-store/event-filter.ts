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
  const members = (seqs: Int32Array) => membersOf(seqs, maxSeq)
  const fromMs = query.from === undefined ? -Infinity : boundToMs(query.from, 'from')
  const toMs = query.to === undefined ? Infinity : boundToMs(query.to, 'to')
  const tracks = query.tracks && new Set<string>(query.tracks)
  const statuses = query.statuses && new Set<string>(query.statuses)
  const tagged = query.tags && members(queries.seqsWithTags(query.tags, among))
  const withActors = query.actorIds && members(queries.seqsWithActors(query.actorIds, among))
  const noted = notedSeqs(queries, notes)
  const words = query.text === undefined ? [] : searchWords(query.text)
  // Each word must begin a word of the event (the FTS5 index) or of the user's notes on it.
  const hasWord = words.map((word) => {
    const own = members(queries.seqsWithWord(word, among))
    return (s: number) => own[s] === 1 || (noted.get(s)?.includes(` ${word}`) ?? false)
  })
  const matches = (p: number): boolean => {
    const s = seq[p]!
    return (
      endMs[p]! >= fromMs &&
      startMs[p]! <= toMs &&
      (!tracks || tracks.has(track[p]!)) &&
      (!statuses || statuses.has(status[p]!)) &&
      (!tagged || tagged[s] === 1) &&
      (!withActors || withActors[s] === 1) &&
      (!query.hasNotes || noted.has(s)) &&
      hasWord.every((has) => has(s))
    )
  }
  const out: number[] = []
  if (scope) {
    for (const p of scope.positions) if (matches(p)) out.push(p)
  } else {
    for (let p = 0; p < seq.length; p += 1) if (matches(p)) out.push(p)
  }
  return Int32Array.from(out)
}

/** The folded text of the user's notes, by the event's row in the file. */
function notedSeqs(queries: TimelineQueries, notes: NotesOverlay): Map<number, string> {
  if (notes.counts.size === 0) return new Map()
  const seqs = queries.seqsOfIds([...notes.counts.keys()])
  const text = new Map<number, string>()
  for (const [id, s] of seqs) text.set(s, ` ${searchWords(notes.text.get(id) ?? '').join(' ')}`)
  return text
}
