/** A window of time as epoch milliseconds. */
export interface WindowSpan {
  start: number
  end: number
}

/** One answer for a window: the answer once it has come, and the promise of it meanwhile. */
export interface CachedWindow<T> {
  answer: Promise<T>
  result?: T
}

interface Entry<T> extends CachedWindow<T> {
  view: string
  span: WindowSpan
}

/**
 * The core's answers for the windows the timeline asked for or is likely to ask for next, so
 * that a zoom step or a pan back can be drawn at once instead of waiting on the core. Entries
 * are per view (query, data version, width); the least recently used go first. A failed answer is
 * forgotten, so it is asked again.
 */
export class WindowCache<T> {
  private entries: Entry<T>[] = []

  constructor(private readonly capacity: number) {}

  /** The answer for this window of this view, asked for or already here, if any. */
  find(view: string, span: WindowSpan): CachedWindow<T> | undefined {
    const index = this.entries.findIndex(
      (entry) => entry.view === view && sameWindow(entry.span, span),
    )
    if (index < 0) return undefined
    const [entry] = this.entries.splice(index, 1)
    this.entries.push(entry!)
    return entry
  }

  /** The cached answer for the window, or a new request for it (`ask`) that is cached. */
  request(view: string, span: WindowSpan, ask: () => Promise<T>): CachedWindow<T> {
    const known = this.find(view, span)
    if (known) return known
    const entry: Entry<T> = { view, span, answer: ask() }
    entry.answer.then(
      (result) => {
        entry.result = result
      },
      () => {
        this.entries = this.entries.filter((other) => other !== entry)
      },
    )
    // Other views' answers are of no further use once the view changes.
    this.entries = this.entries.filter((other) => other.view === view)
    this.entries.push(entry)
    if (this.entries.length > this.capacity) this.entries.shift()
    return entry
  }
}

/** The same window, give or take the rounding of a date to whole milliseconds. */
export function sameWindow(a: WindowSpan, b: WindowSpan): boolean {
  const tolerance = Math.max(1, (b.end - b.start) * 1e-6)
  return Math.abs(a.start - b.start) <= tolerance && Math.abs(a.end - b.end) <= tolerance
}
