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
  timeAxis?: TimeAxisInternals
}

/** What the time axis is drawn with: its elements, sizes and drawing steps. */
interface TimeAxisInternals {
  redraw: () => boolean
  dom: { foreground: HTMLElement; background: HTMLElement }
  body: {
    dom: { top: HTMLElement; backgroundVertical: HTMLElement }
    domProps: { root: { height: number }; bottom: { height: number } }
  }
  props: Record<string, number>
  _calculateCharSize: () => void
  _repaintLabels: () => void
  _isResized: () => boolean
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

/**
 * vis-timeline's time axis takes its labels and grid lines out of the page at every redraw and
 * puts them back (once a speed-up), which makes the browser style and lay out every one of
 * them anew: about a millisecond of each zoom step and pan. Once the axis is in the page it
 * is now redrawn where it is, with vis-timeline's own steps and sizes for the axis on top with
 * both rows of labels, as the adapter's options have it. Its first redraw, which puts it in
 * the page, is vis-timeline's own.
 */
export function drawAxisInPlace(timeline: Timeline): void {
  const axis = internalsOf(timeline).timeAxis
  if (!axis || typeof axis.redraw !== 'function' || typeof axis._repaintLabels !== 'function')
    return
  // Named for tests, which see the axis as a user does: its labels and where they stand.
  axis.dom.foreground.setAttribute('data-time-axis', '')
  const redrawAway = axis.redraw.bind(axis)
  axis.redraw = () => {
    const { dom, body, props } = axis
    const inPage =
      dom.foreground.parentNode === body.dom.top &&
      dom.background.parentNode === body.dom.backgroundVertical
    if (!inPage) return redrawAway()
    axis._calculateCharSize()
    const minor = props['minorCharHeight'] ?? 0
    const major = props['majorCharHeight'] ?? 0
    props['minorLabelHeight'] = minor
    props['majorLabelHeight'] = major
    props['height'] = minor + major
    props['width'] = dom.foreground.offsetWidth
    props['minorLineHeight'] = body.domProps.root.height - major - body.domProps.bottom.height
    props['minorLineWidth'] = 1
    props['majorLineHeight'] = props['minorLineHeight'] + major
    props['majorLineWidth'] = 1
    dom.foreground.style.height = `${minor + major}px`
    axis._repaintLabels()
    return axis._isResized()
  }
}
