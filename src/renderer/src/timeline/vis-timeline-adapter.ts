import { DataSet } from 'vis-data/esnext'
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext'
import 'vis-timeline/styles/vis-timeline-graph2d.css'
import './vis-timeline-adapter.css'
import type { Track } from '../../../shared/vocabulary'
import type { AdapterEvents, LaneHost, TimelineLane, TimelinePort } from './timeline-ports'
import { keepPanelsInPlace, scrollPanelToShow, watchSizes } from './panel-geometry'

export type { AdapterEvents, TimelineLane } from './timeline-ports'
import { ZOOM_MAX_MS, ZOOM_MIN_MS } from './viewport'
import type { WindowSpan } from './window-cache'

const OPTIONS: TimelineOptions = {
  height: '100%',
  // Redrawn by our ResizeObserver (see listen): its own check, once a second, forced a layout at
  // random and redrew what the frame had drawn, 4–10 ms in the middle of an edit or a zoom.
  autoResize: false,
  orientation: 'top',
  // Events and counts are drawn by our own layers in the lanes, not as vis-timeline's items.
  selectable: false,
  showCurrentTime: false,
  zoomMin: ZOOM_MIN_MS,
  zoomMax: ZOOM_MAX_MS,
  // The wheel scrolls the lanes; Ctrl+wheel (and a trackpad pinch) zooms; Shift+wheel pans.
  verticalScroll: true,
  zoomKey: 'ctrlKey',
  horizontalScroll: true,
  horizontalScrollKey: 'shiftKey',
  margin: { axis: 8 },
  groupOrder: (a: { order: number }, b: { order: number }) => a.order - b.order,
  // Lane labels are our own strings; this empty allow-list is a second layer for any string
  // that ever reaches vis-timeline.
  xss: { disabled: false, filterOptions: { whiteList: {} } },
}

/** Marks vis-timeline's lane elements with attributes of ours, for the layers and for tests. */
const LANE_ATTRIBUTE = 'data-lane'
const LANE_LABEL_ATTRIBUTE = 'data-lane-label'
/** The label's box that a lane's height is fitted to (its text, at least as tall as its rows). */
const LANE_FIT_ATTRIBUTE = 'data-lane-fit'

const laneClass = (track: Track): string => `lane-${track}`

/** A lane as vis-timeline's group: its track, label and place. */
interface LaneGroup {
  id: Track
  content: string
  order: number
  className: string
}

function laneGroup({ track, label }: TimelineLane, order: number): LaneGroup {
  return { id: track, content: label, order, className: laneClass(track) }
}

/**
 * The only door to vis-timeline (8.x): its options, private members, DOM, classes and events.
 * It draws the axis and the lanes and handles drag, wheel and pinch; our layers draw the chips
 * in the lanes it gives them, and the controller steers the window through it.
 */
export class VisTimelineAdapter implements TimelinePort, LaneHost {
  private readonly timeline: Timeline
  private readonly groups: DataSet<LaneGroup, 'id'>
  private readonly lanesPanel: HTMLElement | null
  private readonly centrePanel: HTMLElement | null
  private readonly laneElements = new Map<Track, HTMLElement>()
  private readonly laneLabels = new Map<Track, HTMLElement>()
  private readonly appliedHeights = new Map<Track, number>()
  /** Lanes given a new height that the widget has not measured yet. */
  private readonly unmeasuredLanes = new Set<Track>()
  private readonly cleanups: Array<() => void> = []
  private widthPx: number | null = null
  private readonly redraws: Redraws

  constructor(
    private readonly canvas: HTMLElement,
    private lanes: readonly TimelineLane[],
    initial: WindowSpan | null,
    events: AdapterEvents,
  ) {
    this.groups = new DataSet<LaneGroup, 'id'>(lanes.map(laneGroup))
    const options = initial ? { ...OPTIONS, start: initial.start, end: initial.end } : OPTIONS
    this.timeline = new Timeline(canvas, new DataSet() as never, this.groups, options)
    this.redraws = redrawsOf(this.timeline, () => this.measureNewLaneHeights())
    // Without a remembered window the app fits the first answer itself (see skipOwnFirstFit).
    if (!initial) skipOwnFirstFit(this.timeline)
    else showFromFirstRedraw(this.timeline)
    drawAxisInPlace(this.timeline)
    this.lanesPanel = canvas.querySelector<HTMLElement>('.vis-panel.vis-left')
    this.centrePanel = canvas.querySelector<HTMLElement>('.vis-panel.vis-center')
    this.centrePanel?.setAttribute('data-timeline-lanes', '')
    // With vertical scrolling the lane labels scroll too; keyboard users must reach them.
    this.lanesPanel?.setAttribute('tabindex', '0')
    this.lanesPanel?.setAttribute('role', 'group')
    this.lanesPanel?.setAttribute('aria-label', 'Track lanes')
    this.findLanes()
    this.listen(events)
  }

  window(): WindowSpan {
    const { start, end } = this.timeline.getWindow()
    return { start: start.getTime(), end: end.getTime() }
  }

  setWindow(span: WindowSpan): void {
    this.timeline.setWindow(span.start, span.end, { animation: false })
  }

  lanesWidthPx(): number {
    // Read once per size (a resize forgets it): read after the page changed, it forces a layout.
    this.widthPx ??= Math.round(this.centrePanel?.clientWidth ?? this.canvas.clientWidth)
    return Math.max(100, this.widthPx)
  }

  /**
   * Asks for vis-timeline's redraw of the next frame. Its public `redraw()` also puts every
   * lane back into the page, which makes the browser style and lay out every chip in them
   * anew, changed or not.
   */
  redrawSoon(): void {
    this.redraws.soon()
  }

  drawNow(): void {
    this.redraws.now()
  }

  /**
   * Calls back in the frame in which vis-timeline has finished drawing: it emits "changed" only
   * once a redraw needs no further pass. When nothing is to be redrawn (or it was drawn at once),
   * the next frame will do.
   */
  whenDrawn(redrawing: boolean, callback: () => void): void {
    if (!redrawing || !this.redraws.pending()) {
      requestAnimationFrame(callback)
      return
    }
    let done = false
    const finish = () => {
      if (done) return
      done = true
      this.timeline.off('changed', finish)
      callback()
    }
    this.timeline.on('changed', finish)
    setTimeout(finish, 500)
  }

  /**
   * Shows the timeline's tracks as they are now: an edit may add, rename, reorder or remove
   * one. A lane that stays keeps its element, and with it the chips drawn in it.
   */
  setLanes(lanes: readonly TimelineLane[]): void {
    const same = (a: TimelineLane, b: TimelineLane | undefined) =>
      a.track === b?.track && a.label === b.label
    // Redrawing lanes that did not change would cost a layout of every chip in them.
    if (lanes.length === this.lanes.length && lanes.every((lane, i) => same(lane, this.lanes[i])))
      return
    const kept = new Set(lanes.map((lane) => lane.track))
    const gone = this.lanes.filter((lane) => !kept.has(lane.track)).map((lane) => lane.track)
    this.lanes = lanes
    this.groups.remove(gone)
    this.groups.update(lanes.map(laneGroup))
    for (const track of gone) {
      this.laneElements.delete(track)
      this.laneLabels.delete(track)
      this.appliedHeights.delete(track)
      this.unmeasuredLanes.delete(track)
    }
  }

  laneElement(track: Track): HTMLElement | null {
    const known = this.laneElements.get(track)
    if (known?.isConnected) return known
    this.findLanes()
    return this.laneElements.get(track) ?? null
  }

  /** vis-timeline sizes a lane to its label and measures labels when it redraws. */
  setLaneHeight(track: Track, heightPx: number): void {
    if (this.appliedHeights.get(track) === heightPx) return
    let label = this.laneLabels.get(track)
    if (!label?.isConnected) {
      this.findLanes()
      label = this.laneLabels.get(track)
    }
    const inner = label?.querySelector<HTMLElement>('.vis-inner')
    if (!inner) return
    this.appliedHeights.set(track, heightPx)
    this.unmeasuredLanes.add(track)
    inner.style.minHeight = heightPx > 0 ? `${heightPx}px` : ''
  }

  /** Scrolls the lanes by the least that brings an element into view; vis-timeline follows. */
  scrollLanesToShow(target: HTMLElement): void {
    if (this.lanesPanel) scrollPanelToShow(this.lanesPanel, target)
  }

  destroy(): void {
    for (const cleanup of this.cleanups) cleanup()
    this.timeline.destroy()
  }

  private listen(events: AdapterEvents): void {
    const timeline = this.timeline
    timeline.on(
      'rangechange',
      ({ start, end, byUser }: { start: Date; end: Date; byUser: boolean }) =>
        events.onRangeChange({ start: start.getTime(), end: end.getTime() }, byUser),
    )
    timeline.on('rangechanged', ({ start, end }: { start: Date; end: Date }) =>
      events.onRangeChanged({ start: start.getTime(), end: end.getTime() }),
    )
    timeline.on('changed', () => events.onDrawn?.())
    // The only redraw on a new size (vis-timeline's own check is off): in the frame it changes.
    // Lanes fitted to a new height are measured by the widget in its next redraw.
    const stopWatching = watchSizes(this.canvas, this.centrePanel, {
      onAnyChange: () => (this.widthPx = null),
      onCanvas: () => this.redrawSoon(),
      onLanesWidth: (width) => events.onLanesWidth(width),
      onLanesHeight: (height) => {
        events.onLanesHeight(height)
        this.redrawSoon()
      },
    })
    // Only vis-timeline's own vertical scroller scrolls; it moves the lanes.
    const stopKeeping = keepPanelsInPlace(this.canvas, (panel) =>
      panel.classList.contains('vis-vertical-scroll'),
    )
    this.cleanups.push(stopWatching, stopKeeping)
  }

  /**
   * vis-timeline sizes a lane from the label height it measured in its previous pass, and a
   * lane out of view keeps its old height if the new one is smaller; a pass that finds a lane
   * resized runs another at once. So a zoom step that gave lanes new heights was drawn three to
   * five times in its click, and a lane scrolled out of view took its height a frame late. The
   * new heights are measured here, as its pass would, just before its first pass lays out the
   * page anyway; our lanes hold no widget items, so a lane is as tall as its label.
   */
  private measureNewLaneHeights(): void {
    if (this.unmeasuredLanes.size === 0) return
    const groups = internalsOf(this.timeline).itemSet?.groups
    for (const track of this.unmeasuredLanes) {
      const group = groups?.[track]
      if (!group?.props?.label || !group.dom?.inner) continue
      group.height = group.props.label.height = group.dom.inner.clientHeight
    }
    this.unmeasuredLanes.clear()
  }

  /** Finds each lane's element and label, and marks them with our own attributes. */
  private findLanes(): void {
    for (const { track } of this.lanes) {
      const lane = this.canvas.querySelector<HTMLElement>(
        `.vis-foreground .vis-group.${laneClass(track)}`,
      )
      const label = this.canvas.querySelector<HTMLElement>(
        `.vis-labelset .vis-label.${laneClass(track)}`,
      )
      if (lane) {
        lane.setAttribute(LANE_ATTRIBUTE, track)
        this.laneElements.set(track, lane)
      }
      if (label) {
        label.setAttribute(LANE_LABEL_ATTRIBUTE, track)
        label.querySelector('.vis-inner')?.setAttribute(LANE_FIT_ATTRIBUTE, '')
        this.laneLabels.set(track, label)
      }
    }
  }
}

/** vis-timeline's (8.x) private members used here; each is checked before it is used. */
interface TimelineInternals {
  _redraw?: () => void
  _origRedraw?: () => void
  initialFitDone?: boolean
  initialRangeChangeDone?: boolean
  itemSet?: { groups?: Record<string, LaneGroupInternals | undefined> }
  timeAxis?: TimeAxisInternals
}

/** What vis-timeline knows of a lane: its height, its label's height, its label. */
interface LaneGroupInternals {
  height?: number
  props?: { label?: { height: number } }
  dom?: { inner?: HTMLElement }
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

/**
 * vis-timeline draws a move of its window in the next animation frame. A step the user took
 * (a zoom button, an arrow key) is drawn at once instead, in the task of the click or key: the
 * frame then only has to paint, and the step is seen a frame sooner whenever that frame could
 * not hold both the drawing and the painting.
 */
interface Redraws {
  /** Asks for a redraw in the next frame (vis-timeline's public `redraw()` does far more). */
  soon(): void
  /** Whether a redraw is waiting for the next frame. */
  pending(): boolean
  /** Draws now what waits for the next frame, if anything does. */
  now(): void
}

function redrawsOf(timeline: Timeline, beforeDraw: () => void): Redraws {
  const internals = internalsOf(timeline)
  const original = internals._origRedraw
  if (typeof original !== 'function')
    return { soon: () => timeline.redraw(), pending: () => true, now: () => undefined }
  const draw = () => {
    // Counted, as drawn windows are, for the tests that hold a step's passes down.
    const marks = document.documentElement.dataset
    marks['timelinePasses'] = String(Number(marks['timelinePasses'] ?? 0) + 1)
    beforeDraw()
    original()
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
 * vis-timeline fits the window once, in its first redraw. The first answer is often drawn
 * (and fitted by the app, with room for labels) before that redraw, which then undid the
 * fit: the first view sometimes opened on a window cut close to the events.
 */
function skipOwnFirstFit(timeline: Timeline): void {
  const internals = internalsOf(timeline)
  if (internals.initialFitDone === false) internals.initialFitDone = true
}

/**
 * Opened on a given window, vis-timeline stays hidden until the window first changes, which
 * the window remembered from last time never does: it is shown from its first redraw.
 */
function showFromFirstRedraw(timeline: Timeline): void {
  const internals = internalsOf(timeline)
  if (internals.initialRangeChangeDone === false) internals.initialRangeChangeDone = true
}

/**
 * vis-timeline's time axis takes its labels and grid lines out of the page at each redraw and
 * back, so the browser styled and laid out each anew at every step. Once in the page, it is
 * redrawn where it is, with vis-timeline's own steps (the axis on top, both rows of labels).
 */
function drawAxisInPlace(timeline: Timeline): void {
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
