import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react'
import { trackLabel, trackIds } from '../timeline-tracks'
import { DataSet } from 'vis-data/esnext'
import { Timeline, type TimelineOptions } from 'vis-timeline/esnext'
import 'vis-timeline/styles/vis-timeline-graph2d.css'
import { WINDOW_MARGIN_SCREENS } from '../../../shared/vocabulary'
import type { EventQuery, EventSummary, TimelineWindow } from '../../../shared/store'
import { api, unwrap } from '../api-client'
import { toAxisDate } from '../format'
import { sameWindow, WindowCache, type CachedWindow, type WindowSpan } from './window-cache'
import { BucketLayer } from './bucket-layer'
import { EventLayer } from './event-layer'
import { LaneHeights, laneClass } from './lane-chips'
import { fitWindow } from './timeline-items'

const HOUR_MS = 3_600_000
const YEAR_MS = 365.25 * 24 * HOUR_MS
const ZOOM_MIN_MS = HOUR_MS
const ZOOM_MAX_MS = 30 * YEAR_MS
/** Each zoom step shows a window 1.5 times shorter or longer. */
const ZOOM_STEP = 1.5
/** Window answers kept: the last few drawn and two zoom steps each way. */
const WINDOWS_KEPT = 12
/** How far the pointer may move between press and release for a click rather than a drag. */
const CLICK_SLOP_PX = 4

export interface VisibleRange {
  start: Date
  end: Date
}

interface RangeChange extends VisibleRange {
  /** Set by vis-timeline when the change comes from a drag, the wheel or a pinch. */
  byUser: boolean
}

/** What a drawn answer was asked for. */
interface DrawRequest {
  span: WindowSpan
  key: string
  widthPx: number
  /** The zoom step or fit being shown, if it is one. */
  goal: WindowSpan | null
  fitAfter: boolean
}

export interface TimelineHandle {
  zoomIn(): void
  zoomOut(): void
  fitAll(): void
  pan(fraction: number): void
  /** Brings an event into view (keeping the zoom) and focuses it once drawn. */
  focusEvent(event: Pick<EventSummary, 'id' | 'start'>): void
}

interface Props {
  query: EventQuery
  /** Changes whenever the user's notes change, so marks and counts are fetched again. */
  notesVersion: number
  selectedId: string | null
  initialRange: VisibleRange | null
  onSelect(id: string): void
  onStep(id: string, direction: -1 | 1): void
  onRangeChange(range: VisibleRange): void
  /** Called each time the items for the current window are drawn. */
  onDrawn(): void
}

const OPTIONS: TimelineOptions = {
  height: '100%',
  orientation: 'top',
  // Events and counts are drawn by our own layers in vis-timeline's lanes, not as its items.
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

function chipOf(element: EventTarget | null): HTMLElement | null {
  return element instanceof HTMLElement ? element.closest<HTMLElement>('.event-chip') : null
}

function chipFor(canvas: HTMLElement, eventId: string): HTMLElement | null {
  return canvas.querySelector<HTMLElement>(`.event-chip[data-event-id="${CSS.escape(eventId)}"]`)
}

/**
 * Scrolls the lanes by the least that brings a chip into view; vis-timeline follows its lane
 * panel's scroll and redraws.
 */
function scrollLanesToShow(canvas: HTMLElement, target: HTMLElement): void {
  const panel = canvas.querySelector<HTMLElement>('.vis-panel.vis-left')
  if (!panel) return
  const view = panel.getBoundingClientRect()
  const box = target.getBoundingClientRect()
  const delta =
    box.top < view.top
      ? box.top - view.top
      : box.bottom > view.bottom
        ? Math.min(box.bottom - view.bottom, box.top - view.top)
        : 0
  panel.scrollTop += delta
}

/**
 * Calls back in the frame in which vis-timeline has finished drawing: it emits "changed" only
 * once a redraw needs no further pass. When nothing is to be redrawn, the next frame will do.
 */
function whenDrawn(instance: Timeline, redrawing: boolean, callback: () => void): void {
  if (!redrawing) {
    requestAnimationFrame(callback)
    return
  }
  let done = false
  const finish = () => {
    if (done) return
    done = true
    instance.off('changed', finish)
    callback()
  }
  instance.on('changed', finish)
  setTimeout(finish, 500)
}

/**
 * How the items drawn for window `asked` (which include its margins) cover a view: the very
 * window asked for, within half a margin of it, within the margins, or not (another length
 * or beyond the margins).
 */
function coverage(asked: WindowSpan, view: WindowSpan): 'asked' | 'inner' | 'margins' | 'none' {
  if (sameWindow(asked, view)) return 'asked'
  const length = asked.end - asked.start
  if (Math.abs(view.end - view.start - length) >= length * 0.01) return 'none'
  const margin = length * WINDOW_MARGIN_SCREENS
  const within = (room: number) => view.start >= asked.start - room && view.end <= asked.end + room
  if (within(margin / 2)) return 'inner'
  return within(margin) ? 'margins' : 'none'
}

/** A window as epoch milliseconds. */
function spanOf({ start, end }: { start: Date; end: Date }): WindowSpan {
  return { start: start.getTime(), end: end.getTime() }
}

/** The cache's name for a view: what a window's answer depends on besides the window. */
function viewOf(key: string, widthPx: number): string {
  return `${key}|${widthPx}`
}

/**
 * vis-timeline, held by React, with a level of detail of our own: on every change of the
 * visible range it asks the main process for that window only, and draws the events
 * themselves when few enough are in it, per-track counts when there are many.
 */
export const TimelineView = forwardRef<TimelineHandle, Props>(function TimelineView(props, ref) {
  const container = useRef<HTMLDivElement>(null)
  const timeline = useRef<Timeline | null>(null)
  /** What is drawn in the lanes: the events themselves, or per-track counts. */
  const layers = useRef<Layers | null>(null)
  const extent = useRef<{ start: Date; end: Date } | null>(null)
  const request = useRef(0)
  const applied = useRef(0)
  const inFlight = useRef(false)
  const askAgain = useRef(false)
  /** The window the drawn items were asked for (they cover its margins too), and for what. */
  const covered = useRef<(WindowSpan & { key: string; widthPx: number }) | null>(null)
  /** Answers for windows drawn lately or likely next, so zoom steps need not wait for them. */
  const windows = useRef(new WindowCache<TimelineWindow>(WINDOWS_KEPT))
  const idlePrefetch = useRef<number | null>(null)
  /** Set while a zoom step's window is being shown, which reports its own drawing. */
  const showingStep = useRef(false)
  /** A zoom step or fit asked for and not yet shown: it is shown with its items, in one frame. */
  const target = useRef<WindowSpan | null>(null)
  /** The event to focus once drawn. */
  const pendingFocus = useRef<string | null>(null)
  /** The "fit all" answer asked for while vis-timeline was still being built. */
  const firstAnswer = useRef<Promise<TimelineWindow> | null>(null)
  const callbacks = useRef(props)
  callbacks.current = props

  /** The app's "drawn" signal: specs and the benchmark wait on it, never on a sleep. */
  const markDrawn = (): void => {
    const root = document.documentElement
    const drawnWindows = Number(root.dataset['drawnWindows'] ?? 0) + 1
    if (drawnWindows === 1) performance.mark('timeline-first-drawn')
    root.dataset['drawnWindows'] = String(drawnWindows)
    callbacks.current.onDrawn()
  }

  /** A view is the query, the notes and the canvas width: what a window's answer depends on. */
  const currentKey = (): string =>
    `${callbacks.current.notesVersion}:${JSON.stringify(callbacks.current.query)}`

  /** Asks the core for a window of the current view, or finds it already asked for. */
  const askWindow = (span: WindowSpan, widthPx: number): CachedWindow<TimelineWindow> =>
    windows.current.request(viewOf(currentKey(), widthPx), span, () =>
      unwrap(
        api.queryWindow({
          query: callbacks.current.query,
          widthPx,
          start: new Date(span.start).toISOString(),
          end: new Date(span.end).toISOString(),
        }),
      ),
    )

  /**
   * Asks ahead for the windows the zoom steps from the one shown would show, so those steps
   * find their items here. After a zoom step, two steps each way; after a pan or a drag, one,
   * once the page is idle.
   */
  const prefetchAround = (depth: number): void => {
    const shown = covered.current
    const instance = timeline.current
    if (!shown || !instance || shown.key !== currentKey()) return
    const shownWindow = spanOf(instance.getWindow())
    for (const factor of [1 / ZOOM_STEP, ZOOM_STEP]) {
      let next = shownWindow
      for (let i = 0; i < depth; i += 1) {
        next = zoomed(next, factor)
        askWindow(next, shown.widthPx)
      }
    }
  }
  const schedulePrefetch = (): void => {
    if (idlePrefetch.current !== null) cancelIdleCallback(idlePrefetch.current)
    idlePrefetch.current = requestIdleCallback(() => {
      idlePrefetch.current = null
      prefetchAround(1)
    })
  }

  /** Once the current window is drawn: focus the chip asked for, if it is drawn, and say so. */
  const settleDrawn = (): void => {
    const pending = pendingFocus.current
    const element = container.current
    if (pending && element) {
      pendingFocus.current = null
      const chip = chipFor(element, pending)
      if (chip) {
        chip.focus({ preventScroll: true })
        scrollLanesToShow(element, chip)
      }
    }
    markDrawn()
  }

  /**
   * Draws a window's answer, unless a newer one is drawn, the query or notes changed since it
   * was asked for, or the step was overtaken.
   */
  const draw = (id: number, result: TimelineWindow, asked: DrawRequest): void => {
    const instance = timeline.current
    if (id <= applied.current || !instance) return
    const { goal, fitAfter } = asked
    // The request for the new query or notes is already on its way.
    if (asked.key !== currentKey()) return
    // A step overtaken by another step or by the user's own pan or zoom is not shown.
    if (goal && target.current !== goal) return
    applied.current = id
    covered.current = fitAfter ? null : { ...asked.span, key: asked.key, widthPx: asked.widthPx }
    extent.current = result.extent
      ? { start: new Date(result.extent.start), end: new Date(result.extent.end) }
      : null
    const drawnLayers = layers.current
    const countsChanged = drawnLayers?.counts.show(result.buckets) ?? false
    const eventsChanged = drawnLayers?.events.show(result.items) ?? false
    const changed = countsChanged || eventsChanged
    // The first answer covers the whole extent, which is what "fit all" shows: draw it now
    // and fit; the range change that follows refines it.
    const element = container.current
    if (fitAfter && extent.current && element) fitTo(instance, extent.current, element)
    if (changed) {
      drawnLayers?.place(goal ?? spanOf(instance.getWindow()))
      // Lanes may need another height: vis-timeline measures their labels when it redraws.
      redrawNextFrame(instance)
    }
    if (goal) {
      target.current = null
      showingStep.current = true
      try {
        instance.setWindow(goal.start, goal.end, { animation: false })
      } finally {
        showingStep.current = false
      }
      prefetchAround(2)
    } else if (!fitAfter) {
      // The view may have moved on while this answer was on its way (a quick drag back into
      // what was drawn before fetches nothing): if it is not covered, ask for it.
      const have = covered.current
      if (!have || coverage(have, spanOf(instance.getWindow())) === 'none') refresh.current(false)
      schedulePrefetch()
    }
    whenDrawn(instance, changed || fitAfter || goal !== null, () => {
      if (id === applied.current) settleDrawn()
    })
  }

  /**
   * Draws the items of the current window (or of the step in `target`): at once when the
   * window was asked for already, else when the core answers. The latest request wins.
   */
  const refresh = useRef<(fitAfter: boolean) => void>(() => undefined)
  refresh.current = (fitAfter: boolean) => {
    const instance = timeline.current
    const element = container.current
    if (!instance || !element) return
    const goal = fitAfter ? null : target.current
    const widthPx = Math.max(
      100,
      Math.round(element.querySelector('.vis-center')?.clientWidth ?? 800),
    )
    const asked: DrawRequest = {
      span: goal ?? spanOf(instance.getWindow()),
      key: currentKey(),
      widthPx,
      goal,
      fitAfter,
    }
    const known = fitAfter
      ? undefined
      : windows.current.find(viewOf(asked.key, widthPx), asked.span)
    if (known?.result) {
      draw(++request.current, known.result, asked)
      return
    }
    const failed = (id: number) => () => {
      if (id === request.current) callbacks.current.onDrawn()
    }
    if (known) {
      const id = ++request.current
      known.answer.then((result) => draw(id, result, asked), failed(id))
      return
    }
    // One request at a time: changes meanwhile are folded into a single follow-up request.
    if (inFlight.current && !fitAfter) {
      askAgain.current = true
      return
    }
    inFlight.current = true
    const id = ++request.current
    const settle = () => {
      inFlight.current = false
      if (askAgain.current) {
        askAgain.current = false
        refresh.current(false)
      }
    }
    const early = fitAfter ? firstAnswer.current : null
    firstAnswer.current = null
    const answer = fitAfter
      ? (early ?? unwrap(api.queryWindow({ query: props.query, widthPx })))
      : askWindow(asked.span, widthPx).answer
    answer.then(
      (result) => {
        settle()
        draw(id, result, asked)
      },
      () => {
        settle()
        failed(id)()
      },
    )
  }

  useEffect(() => {
    const element = container.current
    if (!element) return
    const groups = new DataSet(
      trackIds().map((track, order) => ({
        id: track,
        content: trackLabel(track),
        order,
        className: laneClass(track),
      })),
    )
    // A remembered window is given as start/end; without one, the first answer is fitted.
    const start = props.initialRange?.start
    const end = props.initialRange?.end
    const fitsFirstAnswer = !start || !end
    const options = fitsFirstAnswer ? OPTIONS : { ...OPTIONS, start, end }
    // Building vis-timeline takes longer than the core takes to answer, so the first "fit all"
    // is asked for first. Its lanes are not laid out yet: the canvas's whole width stands in
    // for theirs, which only makes the buckets a little finer, and the window refined after
    // the fit is asked for at the lanes' own width.
    if (fitsFirstAnswer) {
      firstAnswer.current = unwrap(
        api.queryWindow({ query: props.query, widthPx: Math.max(100, element.clientWidth) }),
      )
    }
    const instance = new Timeline(element, new DataSet() as never, groups as never, options)
    if (fitsFirstAnswer) skipOwnFirstFit(instance)
    timeline.current = instance
    const layer = new Layers(element)
    layers.current = layer
    // Events and counts are placed at vis-timeline's scale: time across the centre panel's whole width.
    const centre = element.querySelector<HTMLElement>('.vis-panel.vis-center')
    // vis-timeline checks its own size only once a second: the page's layout settles after
    // it is built, and lanes cut short at the first size would stay so until that check.
    const resized = new ResizeObserver((entries) => {
      for (const entry of entries) {
        if (entry.target === element) redrawNextFrame(instance)
        const width = entry.borderBoxSize[0]?.inlineSize
        if (entry.target === centre && width) layer.setWidth(width)
      }
    })
    resized.observe(element)
    if (centre) resized.observe(centre, { box: 'border-box' })
    layer.place(spanOf(instance.getWindow()))
    // With vertical scrolling the lane labels scroll too; keyboard users must reach them.
    const lanes = element.querySelector('.vis-panel.vis-left')
    lanes?.setAttribute('tabindex', '0')
    lanes?.setAttribute('role', 'group')
    lanes?.setAttribute('aria-label', 'Track lanes')
    const zoomToBucket = (chip: HTMLElement): boolean => {
      const span = layer.counts.spanOf(chip)
      if (span) instance.setWindow(span.start, span.end, { animation: false })
      return span !== null
    }
    // A drag that pans the timeline may begin and end on the same chip: that is no click.
    let pressedAt: { x: number; y: number } | null = null
    const onPointerDown = (event: PointerEvent): void => {
      pressedAt = { x: event.clientX, y: event.clientY }
    }
    const onClick = (event: MouseEvent): void => {
      const chip = chipOf(event.target)
      const moved = pressedAt
        ? Math.hypot(event.clientX - pressedAt.x, event.clientY - pressedAt.y)
        : 0
      if (!chip || moved > CLICK_SLOP_PX) return
      const id = chip.dataset['eventId']
      if (id) callbacks.current.onSelect(id)
      else zoomToBucket(chip)
    }
    element.addEventListener('pointerdown', onPointerDown)
    element.addEventListener('click', onClick)
    // vis-timeline reports the end of a zoom only ~200 ms later, so the window is fetched on
    // every change, at most once a frame; the settled range goes to the app.
    instance.on('rangechange', ({ start: s, end: e, byUser }: RangeChange) => {
      layer.place(spanOf({ start: s, end: e }))
      // The user's own drag or wheel overrides a step still on its way.
      if (byUser) target.current = null
      const have = covered.current
      if (have && have.key === currentKey()) {
        const cover = coverage(have, spanOf({ start: s, end: e }))
        // The very window the drawn items were asked for: a step shown with its items (which
        // says when it is drawn), or a pan back to it.
        if (cover === 'asked') {
          if (!showingStep.current) whenDrawn(instance, true, settleDrawn)
          return
        }
        // A pan within what is already drawn (the margins) shows the right content in the
        // very next frame: say so then. The margins are fetched anew only once the pan has
        // used up half of one, so steady panning does not ask the core at every step.
        if (cover !== 'none') whenDrawn(instance, true, settleDrawn)
        if (cover === 'inner') {
          schedulePrefetch()
          return
        }
      }
      refresh.current(false)
    })
    instance.on('rangechanged', ({ start: s, end: e }: VisibleRange) => {
      // Until the first answer is drawn and fitted, the window is vis-timeline's default: the
      // readout and the saved view wait for the one the user sees.
      if (fitsFirstAnswer && applied.current === 0) return
      callbacks.current.onRangeChange({ start: s, end: e })
    })
    // Focusing a half-visible item makes the browser scroll vis-timeline's clipped panels,
    // which vis-timeline does not expect; keep them where vis-timeline put them.
    const onScroll = (event: Event): void => {
      const target = event.target
      if (target instanceof HTMLElement && !target.classList.contains('vis-vertical-scroll')) {
        if (target.scrollLeft !== 0) target.scrollLeft = 0
        if (target.scrollTop !== 0) target.scrollTop = 0
      }
    }
    element.addEventListener('scroll', onScroll, true)
    const onKeyDown = (event: KeyboardEvent): void => {
      const chip = chipOf(event.target)
      if (!chip) return
      const id = chip.dataset['eventId']
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault()
        if (!zoomToBucket(chip) && id) callbacks.current.onSelect(id)
      } else if (id && (event.key === 'ArrowRight' || event.key === 'ArrowLeft')) {
        event.preventDefault()
        event.stopPropagation()
        callbacks.current.onStep(id, event.key === 'ArrowRight' ? 1 : -1)
      }
    }
    element.addEventListener('keydown', onKeyDown)
    return () => {
      if (idlePrefetch.current !== null) cancelIdleCallback(idlePrefetch.current)
      element.removeEventListener('keydown', onKeyDown)
      element.removeEventListener('click', onClick)
      element.removeEventListener('pointerdown', onPointerDown)
      resized.disconnect()
      element.removeEventListener('scroll', onScroll, true)
      instance.destroy()
      timeline.current = null
    }
    // The timeline is created once; later props flow through the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  // A new query (or new notes) redraws the current window; the very first load fits all.
  const firstLoad = useRef(props.initialRange === null)
  useEffect(() => {
    const fit = firstLoad.current
    firstLoad.current = false
    refresh.current(fit)
  }, [props.query, props.notesVersion])

  useEffect(() => {
    layers.current?.events.select(props.selectedId)
  }, [props.selectedId])

  /**
   * A discrete step (a zoom button or key, "fit all") asks for the new window's items first
   * and then shows window and items together, so no frame shows the old items rescaled.
   * Steps pressed meanwhile build on the one still on its way.
   */
  const step = (next: (from: WindowSpan) => WindowSpan): void => {
    const instance = timeline.current
    if (!instance) return
    target.current = next(target.current ?? spanOf(instance.getWindow()))
    refresh.current(false)
  }

  useImperativeHandle(ref, () => ({
    zoomIn: () => step((from) => zoomed(from, 1 / ZOOM_STEP)),
    zoomOut: () => step((from) => zoomed(from, ZOOM_STEP)),
    fitAll: () => {
      const whole = extent.current
      const element = container.current
      if (!whole || !element) return
      step(() => fitSpan(whole, element))
    },
    pan: (fraction) => {
      const instance = timeline.current
      if (!instance) return
      target.current = null
      const { start, end } = instance.getWindow()
      const shift = (end.getTime() - start.getTime()) * fraction
      instance.setWindow(start.getTime() + shift, end.getTime() + shift, { animation: false })
    },
    focusEvent: (event) => {
      const instance = timeline.current
      const element = container.current
      if (!instance || !element) return
      const chip = chipFor(element, event.id)
      const { start, end } = instance.getWindow()
      const at = toAxisDate(event.start).getTime()
      if (chip && at >= start.getTime() && at <= end.getTime()) {
        chip.focus({ preventScroll: true })
        scrollLanesToShow(element, chip)
        return
      }
      pendingFocus.current = event.id
      target.current = null
      const half = (end.getTime() - start.getTime()) / 2
      instance.setWindow(at - half, at + half, { animation: false })
      // Already centred there: nothing is redrawn, so settle in the next frame.
      if (sameWindow(spanOf({ start, end }), spanOf(instance.getWindow()))) {
        whenDrawn(instance, false, settleDrawn)
      }
    },
  }))

  return <div className="timeline-canvas" ref={container} />
})

/**
 * vis-timeline (8.x) fits the window once, in its first redraw. The first answer is
 * often drawn (and fitted here, with room for labels) before that redraw, which then undid
 * the fit: the first view sometimes opened on a window cut close to the events. The app fits
 * the first window itself, so vis-timeline is told its fit is done.
 */
function skipOwnFirstFit(instance: Timeline): void {
  const internals = instance as unknown as { initialFitDone?: unknown }
  if (internals.initialFitDone === false) internals.initialFitDone = true
}

/**
 * Asks for vis-timeline's redraw of the next frame (8.x). Its public `redraw()` also puts
 * every lane back into the page, which makes the browser style and lay out every chip in
 * them anew, changed or not.
 */
function redrawNextFrame(instance: Timeline): void {
  const internals = instance as unknown as { _redraw?: unknown }
  if (typeof internals._redraw === 'function') internals._redraw.call(instance)
  else instance.redraw()
}

/** The "fit all" window for the canvas's lanes as they are now. */
function fitSpan(extent: { start: Date; end: Date }, canvas: HTMLElement): WindowSpan {
  const lanes = canvas.querySelector<HTMLElement>('.vis-panel.vis-center')
  const range = fitWindow(extent, lanes?.clientWidth ?? canvas.clientWidth)
  return { start: range.start.getTime(), end: range.end.getTime() }
}

function fitTo(instance: Timeline, extent: { start: Date; end: Date }, canvas: HTMLElement): void {
  const range = fitSpan(extent, canvas)
  instance.setWindow(range.start, range.end, { animation: false })
}

/**
 * The window `factor` times as long, about the same middle, within the zoom limits. In whole
 * milliseconds, as a Date holds them, so a step asked for ahead is the step later taken.
 */
function zoomed(from: WindowSpan, factor: number): WindowSpan {
  const middle = (from.start + from.end) / 2
  const span = Math.min(ZOOM_MAX_MS, Math.max(ZOOM_MIN_MS, (from.end - from.start) * factor))
  return { start: Math.round(middle - span / 2), end: Math.round(middle + span / 2) }
}

/** The layers drawn in vis-timeline's lanes, placed together at the window shown. */
class Layers {
  readonly counts: BucketLayer
  readonly events: EventLayer

  constructor(canvas: HTMLElement) {
    const heights = new LaneHeights(canvas)
    this.counts = new BucketLayer(canvas, heights)
    this.events = new EventLayer(canvas, heights)
  }

  setWidth(widthPx: number): void {
    this.counts.setWidth(widthPx)
    this.events.setWidth(widthPx)
  }

  place(view: WindowSpan): void {
    this.counts.place(view)
    this.events.place(view)
  }
}
