import type { Timeline } from 'vis-timeline/esnext'

/**
 * The private members of vis-timeline (8.x) the adapter relies on, kept in one place: each is
 * checked before it is used, so a vis-timeline without it falls back to its own behaviour.
 */
interface TimelineInternals {
  _redraw?: () => void
  initialFitDone?: boolean
  initialRangeChangeDone?: boolean
  itemSet?: { groups?: Record<string, { isVisible?: boolean | null } | undefined> }
}

const internalsOf = (timeline: Timeline): TimelineInternals =>
  timeline as unknown as TimelineInternals

/** Asks for vis-timeline's redraw in the next frame (its public `redraw()` does far more). */
export function redrawNextFrame(timeline: Timeline): void {
  const redraw = internalsOf(timeline)._redraw
  if (typeof redraw === 'function') redraw.call(timeline)
  else timeline.redraw()
}

/**
 * vis-timeline fits the window once, in its first redraw. The first answer is often drawn
 * (and fitted by the app, with room for labels) before that redraw, which then undid the
 * fit: the first view sometimes opened on a window cut close to the events.
 */
export function skipOwnFirstFit(timeline: Timeline): void {
  const internals = internalsOf(timeline)
  if (internals.initialFitDone === false) internals.initialFitDone = true
}

/**
 * Opened on a given window, vis-timeline keeps itself hidden until that window first changes,
 * which opening on the window remembered from last time never does: the timeline stayed blank
 * until the user zoomed or panned. The app sets that window itself, so vis-timeline shows
 * what it draws from its first redraw on.
 */
export function showFromFirstRedraw(timeline: Timeline): void {
  const internals = internalsOf(timeline)
  if (internals.initialRangeChangeDone === false) internals.initialRangeChangeDone = true
}

/** Whether vis-timeline found a lane out of view (scrolled away) in its last redraw. */
export function isLaneOutOfView(timeline: Timeline, laneId: string): boolean {
  return internalsOf(timeline).itemSet?.groups?.[laneId]?.isVisible === false
}
