import type { IndexedEvent } from './indexed-event'

/**
 * Up to this many matches, or a quarter of the index if that is more, a search typed further
 * scans them rather than searching the whole index: the index's cost grows with the store, a
 * scan's with the matches (at 50,000 events, 5,000 matches scan in 4 ms; the index takes 30).
 */
export const NARROWING_LIMIT = 3000
export const NARROWING_SHARE = 0.25

/** The last text search, so that a search typed further looks among its matches only. */
export interface TextSearch {
  /** The rest of the query (filters) and the notes version it was made with. */
  rest: string
  words: string[]
  entries: IndexedEvent[]
}

/** Whether every event matching `next` also matches `previous`: each word typed further. */
export function narrows(previous: readonly string[], next: readonly string[]): boolean {
  return previous.length <= next.length && previous.every((word, i) => next[i]!.startsWith(word))
}
