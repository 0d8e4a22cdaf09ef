import { STATUS_MARKS } from '../../../shared/vocabulary'
import type { EventSummary } from '../../../shared/store'

/** The event chip's box, as in the stylesheet (`.timeline-event`). */
const CHIP_PADDING_X_PX = 6
const CHIP_BORDER_PX = 1
const CHIP_GAP_PX = 5
/** The widest a chip's content may be; a longer title is cut with an ellipsis. */
const CONTENT_MAX_PX = 280
/** Titles measured are kept up to this many, then forgotten all at once. */
const TITLES_KEPT = 20_000

export interface ChipWidths {
  /** The chip's whole width: padding, border and content. */
  labelPx: number
  /** The room left for the title within the chip's widest content. */
  titleMaxPx: number
}

/**
 * The widths of event chips, from the font's metrics on a canvas: placing a hundred new chips
 * then needs no layout of the page, where measuring them in the page forced one per lane.
 */
export class ChipMeasure {
  private readonly context: CanvasRenderingContext2D | null
  private readonly fonts: { text: string; mark: string; cue: string }
  private readonly titles = new Map<string, number>()
  private readonly marks = new Map<string, number>()

  constructor(canvas: HTMLElement) {
    this.context = document.createElement('canvas').getContext('2d')
    const family = getComputedStyle(canvas).fontFamily
    // The sizes of `.timeline-event`, `.status-mark` and `.approx-cue` in the stylesheet.
    this.fonts = { text: `13px ${family}`, mark: `12px ${family}`, cue: `italic 11px ${family}` }
  }

  widths(event: EventSummary): ChipWidths {
    let others = this.mark(STATUS_MARKS[event.status], this.fonts.mark)
    if (event.noteCount > 0) others += CHIP_GAP_PX + this.mark('✎', this.fonts.text)
    if (event.precision === 'approximate') {
      others += CHIP_GAP_PX + this.mark(' approx.', this.fonts.cue)
    }
    const titleMaxPx = Math.max(40, CONTENT_MAX_PX - others - CHIP_GAP_PX)
    const title = Math.min(titleMaxPx, this.title(event.title))
    const content = others + CHIP_GAP_PX + title
    return { labelPx: Math.ceil(content) + 2 * (CHIP_PADDING_X_PX + CHIP_BORDER_PX), titleMaxPx }
  }

  private title(text: string): number {
    const known = this.titles.get(text)
    if (known !== undefined) return known
    if (this.titles.size >= TITLES_KEPT) this.titles.clear()
    // A pixel of room for rounding in the page's own text layout.
    const width = this.measure(text, this.fonts.text) + 1
    this.titles.set(text, width)
    return width
  }

  private mark(text: string, font: string): number {
    const key = `${font}|${text}`
    const known = this.marks.get(key)
    if (known !== undefined) return known
    const width = this.measure(text, font)
    this.marks.set(key, width)
    return width
  }

  private measure(text: string, font: string): number {
    const context = this.context
    // Without a canvas, a generous average width per character.
    if (!context) return text.length * 8
    context.font = font
    return context.measureText(text).width
  }
}
