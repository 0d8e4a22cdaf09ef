import type { WindowSpan } from './window-cache'

/** The gap kept between two counts in one row, the same as between two events. */
export const BUCKET_GAP_PX = 6

export interface BucketPlace {
  /** Left edge and width in whole pixels, from the lanes' left edge. */
  left: number
  width: number
  /** The row within the lane, from the top. */
  row: number
}

/**
 * Where each of a lane's buckets (in time order) is drawn on lanes `widthPx` wide that show
 * `view`: at the position of its stretch of time, in the first row where it keeps a gap from
 * the bucket before it. Buckets that touch go in alternate rows, so each count's label has the
 * room of two buckets; buckets apart share the first row.
 */
export function placeBuckets(
  spans: readonly WindowSpan[],
  view: WindowSpan,
  widthPx: number,
): BucketPlace[] {
  const scale = widthPx / Math.max(1, view.end - view.start)
  const rowEnds: number[] = []
  return spans.map(({ start, end }) => {
    const left = Math.round((start - view.start) * scale)
    const right = Math.max(left + 1, Math.round((end - view.start) * scale))
    let row = rowEnds.findIndex((rowEnd) => rowEnd + BUCKET_GAP_PX <= left)
    if (row < 0) row = rowEnds.length
    rowEnds[row] = right
    return { left, width: right - left, row }
  })
}
