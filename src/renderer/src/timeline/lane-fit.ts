import type { Track } from '../../../shared/vocabulary'

/** Top of the first row of events in a lane, and the height of a row with its gap. */
export const ROW_TOP_PX = 6
export const ROW_PX = 30
/** The row under a lane's shown rows that holds its "+N more" or "Show fewer" button. */
export const CONTROL_ROW_PX = 28
/** The least a lane is tall: one row, as tall as a one-line label. */
const LANE_FLOOR_PX = ROW_TOP_PX + ROW_PX
/** Rows a capped lane keeps, however little room there is. */
const LEAST_ROWS = 1

/** What a lane would need to show all its events. */
export interface LaneNeed {
  track: Track
  /** Rows of events. */
  rows: number
  /** Height other layers need in the lane (rows of counts), drawn whatever the events'. */
  floorPx: number
}

/** How a lane is drawn: how many of its rows, and which button under them. */
export interface LaneFit {
  shownRows: number
  /** "+N more" under a capped lane, "Show fewer" under one the user expanded. */
  control: 'more' | 'fewer' | null
  /** The height the events need in the lane, their button's row included. */
  eventsPx: number
}

function rowsPx(rows: number): number {
  return rows > 0 ? ROW_TOP_PX + rows * ROW_PX : 0
}

function fitOf(need: LaneNeed, shownRows: number, control: LaneFit['control']): LaneFit {
  return { shownRows, control, eventsPx: rowsPx(shownRows) + (control ? CONTROL_ROW_PX : 0) }
}

function heightOf(need: LaneNeed, fit: LaneFit): number {
  return Math.max(LANE_FLOOR_PX, need.floorPx, fit.eventsPx)
}

/**
 * How many rows of each lane to show so that every lane is in view at once, in `availablePx`
 * of height. When all lanes fit whole, all are shown whole. Else the lanes the user expanded
 * are shown whole (with "Show fewer"), and the others share what is left: each keeps at least
 * one row and a "+N more" button, then they take one more row each in turn, from the top, while
 * it fits. So a lane of eleven rows cannot push the lanes below it out of view.
 */
export function fitLanes(
  needs: readonly LaneNeed[],
  availablePx: number,
  expanded: ReadonlySet<Track>,
): Map<Track, LaneFit> {
  const whole = new Map(needs.map((need) => [need.track, fitOf(need, need.rows, null)]))
  const total = (fits: Map<Track, LaneFit>) =>
    needs.reduce((sum, need) => sum + heightOf(need, fits.get(need.track)!), 0)
  // Before the lanes' height is known nothing is capped.
  if (availablePx <= 0 || total(whole) <= availablePx) return whole

  const fits = new Map<Track, LaneFit>()
  const sharing: LaneNeed[] = []
  for (const need of needs) {
    if (need.rows <= LEAST_ROWS) fits.set(need.track, whole.get(need.track)!)
    else if (expanded.has(need.track)) fits.set(need.track, fitOf(need, need.rows, 'fewer'))
    else {
      fits.set(need.track, fitOf(need, LEAST_ROWS, 'more'))
      sharing.push(need)
    }
  }
  let used = total(fits)
  for (let grew = true; grew;) {
    grew = false
    for (const need of sharing) {
      const now = fits.get(need.track)!
      if (now.shownRows >= need.rows) continue
      const shown = now.shownRows + 1
      const next = fitOf(need, shown, shown < need.rows ? 'more' : null)
      const added = heightOf(need, next) - heightOf(need, now)
      if (used + added > availablePx) continue
      fits.set(need.track, next)
      used += added
      grew = true
    }
  }
  return fits
}
