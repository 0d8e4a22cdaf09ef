import type { TimelineWindow } from '../../../shared/store'
import type { Track } from '../../../shared/vocabulary'
import { BucketLayer } from './bucket-layer'
import { EventLayer } from './event-layer'
import { LaneHeights } from './lane-chips'
import type { LaneHost } from './timeline-ports'
import type { WindowSpan } from './window-cache'

/** The layers drawn in the timeline's lanes, the counts and the events, placed together. */
export class LaneLayers {
  readonly counts: BucketLayer
  readonly events: EventLayer

  /** `inSight` says whether a lane is in sight: counts are built only there. */
  constructor(canvas: HTMLElement, host: LaneHost, inSight?: (track: Track) => boolean) {
    const heights = new LaneHeights(host)
    this.counts = new BucketLayer(host, heights, inSight)
    this.events = new EventLayer(canvas, host, heights)
  }

  /** Takes a window's answer instead of what is drawn; says whether anything changed. */
  show(answer: TimelineWindow): boolean {
    const countsChanged = this.counts.show(answer.buckets)
    const eventsChanged = this.events.show(answer.items)
    return countsChanged || eventsChanged
  }

  setWidth(widthPx: number): void {
    this.counts.setWidth(widthPx)
    this.events.setWidth(widthPx)
  }

  /** The lanes' visible height, which long lanes are capped to fit. */
  setHeight(heightPx: number): void {
    this.events.setViewHeight(heightPx)
  }

  place(view: WindowSpan): void {
    this.counts.place(view)
    this.events.place(view)
  }
}
