/**
 * Part of the vis-timeline adapter: how and when the widget (8.x) draws, through its private
 * members, and where its parts are in the page. Nothing outside the adapter imports this module.
 */
import type { Timeline } from 'vis-timeline/esnext'
import { writeAxisLabelsAsText, type AxisLabelInternals } from './vis-timeline-adapter-axis-text'

/** vis-timeline's private members used here; each is checked before it is used. */
interface TimelineInternals {
  _redraw?: () => void
  _origRedraw?: () => void
  initialFitDone?: boolean
  initialRangeChangeDone?: boolean
  initialDrawDone?: boolean
  /** Back to 0 once a pass finds nothing resized; counts the passes of a redraw until then. */
  redrawCount?: number
  props?: { scrollTop?: number }
  body?: { emitter?: { emit?: (name: string, ...args: unknown[]) => unknown } }
  itemSet?: { groups?: Record<string, LaneGroupInternals | undefined> }
  timeAxis?: TimeAxisInternals
}

/** What vis-timeline knows of a lane: its height, its label's height, its label. */
export interface LaneGroupInternals {
  height?: number
  props?: { label?: { height: number } }
  dom?: { inner?: HTMLElement }
}

/** What the time axis is drawn with: its elements, sizes and drawing steps. */
interface TimeAxisInternals extends AxisLabelInternals {
  redraw: () => boolean
  dom: AxisLabelInternals['dom'] & { background: HTMLElement }
  body: {
    dom: { top: HTMLElement; backgroundVertical: HTMLElement }
    domProps: { root: { height: number }; bottom: { height: number } }
  }
  _calculateCharSize: () => void
  _repaintLabels: () => void
  _isResized: () => boolean
}

export const internalsOf = (timeline: Timeline): TimelineInternals =>
  timeline as unknown as TimelineInternals

/**
 * vis-timeline draws a move of its window in the next animation frame. A step the user took
 * (a zoom button, an arrow key) is drawn at once instead, in the task of the click or key: the
 * frame then only has to paint, and the step is seen a frame sooner whenever that frame could
 * not hold both the drawing and the painting.
 */
export interface Redraws {
  /** Asks for a redraw in the next frame (vis-timeline's public `redraw()` does far more). */
  soon(): void
  /** The page around the widget changed size: its next redraw measures everything again. */
  resized(): void
  /** Whether a redraw is waiting for the next frame. */
  pending(): boolean
  /** Draws now what waits for the next frame, if anything does. */
  now(): void
}

/**
 * `lanesResized` gives the widget the lanes' new heights, if any, just before it draws, and says
 * whether there were any.
 *
 * A redraw of the widget measures the page (forcing a layout of every chip our layers just
 * placed) and redraws each of its forty lanes, which hold none of its items: about half of a
 * zoom step's work at 200,000 events. When only its window moved since a pass that settled
 * (no lane, size, scroll or group changed), nothing of that can come out otherwise, so only the
 * time axis's labels are drawn again: a light pass, which reads nothing from the page.
 */
export function redrawsOf(timeline: Timeline, lanesResized: () => boolean): Redraws {
  const internals = internalsOf(timeline)
  const original = internals._origRedraw
  if (typeof original !== 'function')
    return {
      soon: () => timeline.redraw(),
      resized: () => timeline.redraw(),
      pending: () => true,
      now: () => undefined,
    }
  const repaintAxis = axisLabelsOnly(internals.timeAxis)
  // Anything the widget itself finds changed (its groups, a lane resized in a pass) comes
  // through its "_change": the next pass is a whole one.
  let whole = true
  let scrollTop: number | undefined
  const emitter = internals.body?.emitter
  const emit = emitter?.emit
  if (emitter && emit) {
    emitter.emit = (name, ...args) => {
      if (name === '_change') whole = true
      return emit(name, ...args)
    }
  }
  const light = (): boolean =>
    !whole &&
    emit !== undefined &&
    repaintAxis !== null &&
    internals.initialDrawDone === true &&
    internals.props?.scrollTop === scrollTop &&
    repaintAxis()
  const draw = () => {
    // Counted, as drawn windows are, for the tests that hold a step's passes down.
    const marks = document.documentElement.dataset
    marks['timelinePasses'] = String(Number(marks['timelinePasses'] ?? 0) + 1)
    if (lanesResized()) whole = true
    if (light()) {
      emit?.('changed')
      return
    }
    marks['timelineWholePasses'] = String(Number(marks['timelineWholePasses'] ?? 0) + 1)
    whole = false
    original()
    scrollTop = internals.props?.scrollTop
    // A pass that still found something resized (its fifth) leaves the next one whole.
    if (internals.redrawCount !== 0) whole = true
  }
  // Its own calls (a redraw asked for by a pass) come through here too.
  internals._origRedraw = draw
  let frame: number | null = null
  const soon = () => {
    frame ??= requestAnimationFrame(() => {
      frame = null
      draw()
    })
  }
  // Its own (throttled) `_redraw` could not be run early: every caller now goes through ours.
  internals._redraw = soon
  return {
    soon,
    resized: () => {
      whole = true
      soon()
    },
    pending: () => frame !== null,
    now: () => {
      if (frame === null) return
      cancelAnimationFrame(frame)
      frame = null
      draw()
    },
  }
}

/**
 * The time axis's labels for the window as it is now, with the sizes of its last whole pass;
 * says whether it could (the axis is in the page, as its in-place redraw leaves it).
 */
function axisLabelsOnly(axis: TimeAxisInternals | undefined): (() => boolean) | null {
  if (!axis || typeof axis._repaintLabels !== 'function') return null
  return () => {
    if (!axisInPage(axis)) return false
    axis._repaintLabels()
    // Lays the page out now, once, as a whole pass did: a step drawn in its click then leaves
    // the frame only the painting, while the click waits for that frame anyway.
    void axis.dom.foreground.offsetWidth
    return true
  }
}

const axisInPage = ({ dom, body }: TimeAxisInternals): boolean =>
  dom.foreground.parentNode === body.dom.top &&
  dom.background.parentNode === body.dom.backgroundVertical

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
 * Opened on a given window, vis-timeline stays hidden until the window first changes, which
 * the window remembered from last time never does: it is shown from its first redraw.
 */
export function showFromFirstRedraw(timeline: Timeline): void {
  const internals = internalsOf(timeline)
  if (internals.initialRangeChangeDone === false) internals.initialRangeChangeDone = true
}

/**
 * vis-timeline's time axis takes its labels and grid lines out of the page at each redraw and
 * back, so the browser styled and laid out each anew at every step. Once in the page, it is
 * redrawn where it is, with vis-timeline's own steps (the axis on top, both rows of labels).
 */
export function drawAxisInPlace(timeline: Timeline): void {
  const axis = internalsOf(timeline).timeAxis
  if (!axis || typeof axis.redraw !== 'function' || typeof axis._repaintLabels !== 'function')
    return
  // Named for tests, which see the axis as a user does: its labels and where they stand.
  axis.dom.foreground.setAttribute('data-time-axis', '')
  writeAxisLabelsAsText(axis)
  const redrawAway = axis.redraw.bind(axis)
  axis.redraw = () => {
    const { dom, body, props } = axis
    if (!axisInPage(axis)) return redrawAway()
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

/** Gives each of `tracks`' groups its label's height, as the widget's own pass would. */
export function measureLaneLabels(timeline: Timeline, tracks: Iterable<string>): void {
  const groups = internalsOf(timeline).itemSet?.groups
  for (const track of tracks) {
    const group = groups?.[track]
    if (!group?.props?.label || !group.dom?.inner) continue
    group.height = group.props.label.height = group.dom.inner.clientHeight
  }
}

/** The widget's two panels: the lanes' labels on the left, the lanes themselves in the centre. */
export function panelsOf(canvas: HTMLElement): {
  lanes: HTMLElement | null
  centre: HTMLElement | null
} {
  return {
    lanes: canvas.querySelector<HTMLElement>('.vis-panel.vis-left'),
    centre: canvas.querySelector<HTMLElement>('.vis-panel.vis-center'),
  }
}

/** A lane's element, its label and the label's text box, found by the lane's class name. */
export function laneElementsOf(
  canvas: HTMLElement,
  className: string,
): { lane: HTMLElement | null; label: HTMLElement | null; labelText: HTMLElement | null } {
  const label = canvas.querySelector<HTMLElement>(`.vis-labelset .vis-label.${className}`)
  return {
    lane: canvas.querySelector<HTMLElement>(`.vis-foreground .vis-group.${className}`),
    label,
    labelText: label?.querySelector<HTMLElement>('.vis-inner') ?? null,
  }
}
