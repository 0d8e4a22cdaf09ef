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
 * `view`: at its date, in the first row where its chip (box and label) keeps a gap from every
 * chip in that row. Rows depend only on the scale, not on where the window begins, so a pan
 * moves chips sideways and never between rows.
 *
 * `keptRows` are rows the events had before (null for an event new here), at the same scale:
 * they keep them, and only new events are fitted around them, so events answered anew at the
 * edges of a pan do not move the events already drawn. When the events of a row are all gone
 * (filtered out, deleted, moved to another lane, or out of the answer), keeping rows would
 * leave that row empty above others, and a capped lane would show an empty row with its
 * events behind "+N more": the lane is then fitted anew.
 */
export function placeEvents(
  shapes: readonly EventShape[],
  view: WindowSpan,
  widthPx: number,
  keptRows: readonly (number | null)[] = [],
): EventPlace[] {
  const places = placeInRows(shapes, view, widthPx, keptRows)
  const used = new Set(places.map((place) => place.row))
  const empty = used.size < Math.max(0, ...used) + 1
  return empty && keptRows.length > 0 ? placeInRows(shapes, view, widthPx, []) : places
}

function placeInRows(
  shapes: readonly EventShape[],
  view: WindowSpan,
  widthPx: number,
  keptRows: readonly (number | null)[],
): EventPlace[] {
  const scale = widthPx / Math.max(1, view.end - view.start)
  const origin = shapes[0]?.start ?? view.start
  const shift = (origin - view.start) * scale
  const extents = shapes.map(({ start, end, labelPx }) => {
    // Rows are decided from the lane's first event, the same at any pan.
    const from = (start - origin) * scale - (end === null ? POINT_INSET_PX : 0)
    const box = end === null ? null : Math.max(MIN_BOX_PX, (end - start) * scale)
    return { from, box, to: from + Math.max(box ?? 0, labelPx) }
  })
  const rows: Array<Array<{ from: number; to: number }>> = []
  const fits = (row: number, { from, to }: { from: number; to: number }): boolean =>
    !(rows[row] ?? []).some(
      (other) => other.from < to + EVENT_GAP_PX && from < other.to + EVENT_GAP_PX,
    )
  const rowOf = extents.map(() => -1)
  const take = (i: number, row: number): void => {
    rowOf[i] = row
    ;(rows[row] ??= []).push(extents[i]!)
  }
  keptRows.forEach((row, i) => {
    if (row !== null && i < extents.length && fits(row, extents[i]!)) take(i, row)
  })
  extents.forEach((extent, i) => {
    if (rowOf[i]! >= 0) return
    let row = 0
    while (!fits(row, extent)) row += 1
    take(i, row)
  })
  return extents.map(({ from, box, to }, i) => ({
    left: Math.round(from + shift),
    boxWidth: box === null ? null : Math.round(box),
    right: Math.round(to + shift),
    row: rowOf[i]!,
  }))
}
