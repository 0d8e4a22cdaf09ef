import MiniSearch from 'minisearch'
import { normalizeText, searchWords } from './normalize-text'

interface Document {
  id: number
  text: string
}

/**
 * Full-text search over events with MiniSearch: every word of a query must begin a word of
 * the event's title, notes, place, claims or sources (case and accents ignored). The index is
 * built in chunks after the store loads, so a large store does not block the main process;
 * until it is ready, the caller falls back to a linear scan.
 */
export class SearchIndex {
  private readonly index = new MiniSearch<Document>({
    fields: ['text'],
    idField: 'id',
    tokenize: (text) => text.split(/[^\p{L}\p{N}]+/u),
    processTerm: (term) => {
      const folded = normalizeText(term)
      return folded.length > 0 ? folded : null
    },
  })
  private ready = false
  readonly built: Promise<void>

  constructor(texts: readonly string[]) {
    this.built = this.index
      .addAllAsync(
        texts.map((text, id) => ({ id, text })),
        { chunkSize: 1000 },
      )
      .then(() => {
        this.ready = true
      })
  }

  get isReady(): boolean {
    return this.ready
  }

  /** Positions (in the texts given) of the documents matching every word, or null if not ready. */
  search(query: string): Set<number> | null {
    if (!this.ready) return null
    const words = searchWords(query)
    if (words.length === 0) return null
    const results = this.index.search(words.join(' '), { prefix: true, combineWith: 'AND' })
    return new Set(results.map((result) => result.id as number))
  }
}
