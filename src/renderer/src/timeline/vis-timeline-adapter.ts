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
import {
  drawAxisInPlace,
  laneElementsOf,
  measureLaneLabels,
  panelsOf,
  redrawsOf,
  showFromFirstRedraw,
  skipOwnFirstFit,
  type Redraws,
} from './vis-timeline-adapter-redraws'

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
    const panels = panelsOf(canvas)
    this.lanesPanel = panels.lanes
    this.centrePanel = panels.centre
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
    // The only redraw on a new size (vis-timeline's own check is off): in the frame it changes,
    // a whole one, which measures the page again.
    const stopWatching = watchSizes(this.canvas, this.centrePanel, {
      onAnyChange: () => {
        this.widthPx = null
        this.redraws.resized()
      },
      onLanesWidth: (width) => events.onLanesWidth(width),
      onLanesHeight: (height) => events.onLanesHeight(height),
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
   * page anyway; our lanes hold no widget items, so a lane is as tall as its label. Says
   * whether any lane has a new height, which only a whole pass of the widget draws.
   */
  private measureNewLaneHeights(): boolean {
    if (this.unmeasuredLanes.size === 0) return false
    measureLaneLabels(this.timeline, this.unmeasuredLanes)
    this.unmeasuredLanes.clear()
    return true
  }

  /** Finds each lane's element and label, and marks them with our own attributes. */
  private findLanes(): void {
    for (const { track } of this.lanes) {
      const { lane, label, labelText } = laneElementsOf(this.canvas, laneClass(track))
      if (lane) {
        lane.setAttribute(LANE_ATTRIBUTE, track)
        this.laneElements.set(track, lane)
      }
      if (label) {
        label.setAttribute(LANE_LABEL_ATTRIBUTE, track)
        labelText?.setAttribute(LANE_FIT_ATTRIBUTE, '')
        this.laneLabels.set(track, label)
      }
    }
  }
}
