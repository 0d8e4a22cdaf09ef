import type { Track } from '../../../shared/vocabulary'

/**
 * Chips that left the drawing in a step, kept in their lanes' rows to be written over by the
 * step's new chips in the same lane. A zoom step replaces every count in view; a chip written
 * over keeps its place in the page, where a new one is styled and laid out from nothing, and
 * the one it replaces is taken out. Chips not taken by the end of the step are removed.
 */
export class SpareChips {
  private readonly lanes = new Map<Track, HTMLElement[]>()
  private readonly inPageOrder = new Set<Track>()

  /** Keeps a chip that left the drawing; says whether it was kept (not one holding focus). */
  keep(track: Track, element: HTMLElement | null): boolean {
    if (!element?.isConnected || element.contains(document.activeElement)) return false
    const spare = this.lanes.get(track)
    if (spare) spare.push(element)
    else this.lanes.set(track, [element])
    return true
  }

  /** A kept chip of the lane, the first in the page first, so the lane keeps its order. */
  take(track: Track): HTMLElement | null {
    const spare = this.lanes.get(track)
    if (!spare) return null
    if (!this.inPageOrder.has(track)) {
      spare.sort((a, b) =>
        a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
      )
      this.inPageOrder.add(track)
    }
    return spare.shift() ?? null
  }

  /** Removes the chips no new one took. */
  drop(): void {
    for (const spare of this.lanes.values()) for (const element of spare) element.remove()
    this.lanes.clear()
    this.inPageOrder.clear()
  }
}
