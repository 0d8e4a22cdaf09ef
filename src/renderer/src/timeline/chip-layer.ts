import type { Track } from '../../../shared/vocabulary'
import {
  type ChipKind,
  LaneChips,
  replaceDrawn,
  type DrawnChip,
  type LaneHeights,
} from './lane-chips'
import type { LaneHost } from './timeline-ports'
import type { WindowSpan } from './window-cache'

/** Where a layer's chips were laid out from: an origin in time, at one scale. */
export interface LayoutScale {
  /** The time at a lane's left edge when its chips are shifted by 0. */
  origin: number
  /** The length of the windows it is for, across lanes `widthPx` wide. */
  length: number
  widthPx: number
}

/** A window's length, as a layout's scale takes it. */
export function lengthOf(view: WindowSpan): number {
  return Math.max(1, view.end - view.start)
}

/**
 * What the count and event layers share: the chips answered per lane, the window they were
 * last placed at, and the lanes' width that scales it. Each layer says how it makes its chips
 * (`kind`, `build`) and how it places them (`placeAt`).
 */
export abstract class ChipLayer<T, D extends DrawnChip> {
  protected readonly drawn = new Map<string, D>()
  /** The drawn chips per lane, in order of start. */
  protected lanes = new Map<Track, D[]>()
  protected readonly chips: LaneChips
  protected widthPx = 0
  private view: WindowSpan | null = null
  protected abstract readonly kind: ChipKind<T, D>

  constructor(
    host: LaneHost,
    protected readonly heights: LaneHeights,
    rowClass: string,
  ) {
    this.chips = new LaneChips(host, rowClass)
  }

  /** Takes these items (by id) instead of those drawn; says whether anything changed. */
  protected replace(next: ReadonlyMap<string, T>, reuse?: (chip: D) => boolean): boolean {
    const lanes = replaceDrawn(this.drawn, next, this.kind, reuse)
    if (lanes) this.lanes = lanes
    return lanes !== null
  }

  /** The lanes' width in pixels, as the timeline scales time to it. */
  setWidth(widthPx: number): void {
    if (widthPx === this.widthPx) return
    this.widthPx = widthPx
    this.placeAgain()
  }

  /** Places the chips again at the window they were last placed at, if any. */
  placeAgain(): void {
    if (this.view) this.place(this.view)
  }

  /** Moves the chips to where the window `view` shows them. */
  place(view: WindowSpan): void {
    this.view = view
    if (this.widthPx > 0) this.placeAt(view)
  }

  protected abstract placeAt(view: WindowSpan): void

  /** Whether a layout made before is at the scale of `view`, on lanes as wide as now. */
  protected atScaleOf(known: LayoutScale | null, view: WindowSpan): known is LayoutScale {
    return (
      known !== null &&
      known.widthPx === this.widthPx &&
      Math.abs(known.length - lengthOf(view)) < 1
    )
  }

  /** How far each lane's chips, laid out from `layout.origin`, are shifted to show `view`. */
  protected shiftFor(layout: LayoutScale, view: WindowSpan): number {
    return Math.round(((layout.origin - view.start) * this.widthPx) / layout.length)
  }

  /** The element for a chip, built when it first comes into view. */
  protected abstract build(drawn: D): HTMLElement

  /**
   * The chip's element if it belongs in the page: when in view, or when it holds the focus (so
   * focus is not lost). It is built the first time it is needed.
   */
  protected elementIfShown(drawn: D, inView: boolean): HTMLElement | null {
    if (!inView && !drawn.element?.contains(document.activeElement)) return null
    drawn.element ??= this.build(drawn)
    return drawn.element
  }
}
