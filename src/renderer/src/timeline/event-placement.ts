import type { WindowSpan } from './window-cache'

/** The gap kept between two events in one row. */
export const EVENT_GAP_PX = 6
/** A point's chip begins this far left of its date, so its status mark sits on the date. */
export const POINT_INSET_PX = 12
/** The narrowest box drawn for a span of dates, so a short one stays visible zoomed out. */
const MIN_BOX_PX = 4

export interface EventShape {
  start: number
  /** Where a span of dates ends; null for an event on one date (a point). */
  end: number | null
  /** The width of the chip's label, padding included. */
  labelPx: number
}

export interface EventPlace {
  /** Left edge of the chip, in whole pixels from the lanes' left edge. */
  left: number
  /** The box of a span of dates; null for a point, which is as wide as its label. */
  boxWidth: number | null
  /** Right edge of what the chip covers: its box or its label, whichever reaches further. */
  right: number
  /** The row within the lane, from the top. */
  row: number
}

/**
 * Where each of a lane's events (in order of start) is drawn on lanes `widthPx` wide that show
 * `view`: at its date, in the first row where its chip (box and label) keeps a gap from the
 * chip before it. Rows depend only on the scale, not on where the window begins, so a pan moves
 * chips sideways and never between rows.
 */
export function placeEvents(
  shapes: readonly EventShape[],
  view: WindowSpan,
  widthPx: number,
): EventPlace[] {
  const scale = widthPx / Math.max(1, view.end - view.start)
  const origin = shapes[0]?.start ?? view.start
  const shift = (origin - view.start) * scale
  const rowEnds: number[] = []
  return shapes.map(({ start, end, labelPx }) => {
    // Rows are decided from the lane's first event, the same at any pan.
    const from = (start - origin) * scale - (end === null ? POINT_INSET_PX : 0)
    const box = end === null ? null : Math.max(MIN_BOX_PX, (end - start) * scale)
    const to = from + Math.max(box ?? 0, labelPx)
    let row = rowEnds.findIndex((rowEnd) => rowEnd + EVENT_GAP_PX <= from)
    if (row < 0) row = rowEnds.length
    rowEnds[row] = to
    const left = Math.round(from + shift)
    return {
      left,
      boxWidth: box === null ? null : Math.round(box),
      right: Math.round(to + shift),
      row,
    }
  })
}
