import type { Track } from '../../../shared/vocabulary'

/** How far above and below the lanes' panel a lane still counts as in sight, as a share of it. */
const SIGHT_MARGIN = '50%'

/**
 * Which lanes are in sight in the timeline's lanes panel, or near enough (half the panel's
 * height above or below) that a scroll of the wheel brings them in. A timeline of 40 tracks
 * shows about ten at once; counts are built only in these lanes, since a zoom step that
 * builds every count in every lane spent most of its time laying out and painting chips no
 * one could see. A lane not reported yet counts as in sight, so the first view is whole.
 */
export class LaneSight {
  private readonly observer: IntersectionObserver | null
  private readonly watched = new Map<Element, Track>()
  private readonly reported = new Map<Track, boolean>()

  /**
   * `root` is the panel the lanes are seen through; `laneElement` gives a lane's element;
   * `changed` is called (after a frame, as the browser reports) when lanes come into sight or
   * leave it.
   */
  constructor(
    root: HTMLElement | null,
    private readonly laneElement: (track: Track) => HTMLElement | null,
    changed: () => void,
  ) {
    this.observer =
      root && typeof IntersectionObserver === 'function'
        ? new IntersectionObserver(
            (entries) => {
              let moved = false
              for (const entry of entries) {
                const track = this.watched.get(entry.target)
                if (track === undefined) continue
                if (this.reported.get(track) !== entry.isIntersecting) moved = true
                this.reported.set(track, entry.isIntersecting)
              }
              if (moved) changed()
            },
            { root, rootMargin: `${SIGHT_MARGIN} 0px` },
          )
        : null
  }

  /** Whether the lane is in sight (or nearly); its element is watched from the first ask. */
  has(track: Track): boolean {
    const lane = this.laneElement(track)
    if (lane && this.observer && !this.watched.has(lane)) {
      for (const [element, of] of this.watched) {
        if (of === track) this.stopWatching(element)
      }
      this.watched.set(lane, track)
      this.reported.delete(track)
      this.observer.observe(lane)
    }
    return this.reported.get(track) ?? true
  }

  destroy(): void {
    this.observer?.disconnect()
    this.watched.clear()
  }

  private stopWatching(element: Element): void {
    this.observer?.unobserve(element)
    this.watched.delete(element)
  }
}
