/** The last few answers by key, the least recently used dropped first. */
export class RecentAnswers<T> {
  private readonly entries = new Map<string, T>()

  constructor(private readonly size: number) {}

  get(key: string): T | undefined {
    const found = this.entries.get(key)
    if (found !== undefined) {
      this.entries.delete(key)
      this.entries.set(key, found)
    }
    return found
  }

  set(key: string, value: T): void {
    this.entries.set(key, value)
    if (this.entries.size > this.size)
      this.entries.delete(this.entries.keys().next().value as string)
  }

  /** The answers kept, to bring up to date in place. */
  values(): IterableIterator<T> {
    return this.entries.values()
  }

  /** Drops the answers `stale` says are out of date (all of them without it). */
  drop(stale: (value: T) => boolean = () => true): void {
    for (const [key, value] of this.entries) if (stale(value)) this.entries.delete(key)
  }
}
