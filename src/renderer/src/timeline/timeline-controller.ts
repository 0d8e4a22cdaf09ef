import type { EventQuery, TimelineWindow } from '../../../shared/store'
import type { ChipLayers, FetchWindow, IdleScheduler, TimelinePort } from './timeline-ports'
import { centredOn, coverage, fitSpan, panned, ZOOM_STEP, zoomed } from './viewport'
import { sameWindow, WindowCache, type CachedWindow, type WindowSpan } from './window-cache'

/** Window answers kept: the last few drawn and two zoom steps each way. */
const WINDOWS_KEPT = 12

export interface ControllerDeps {
  fetchWindow: FetchWindow
  idle: IdleScheduler
  /** In the frame in which a window's items are drawn. */
  drawn(): void
  /** When the answer for the window shown could not be had. */
  failed(): void
  /** When the window shown has settled after a change. */
  rangeChanged(span: WindowSpan): void
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

/**
 * What to ask the core for and what to draw: on every change of the visible window it asks for
 * that window only (with margins, so a pan within them asks nothing), keeps the answers for the
 * windows drawn lately or likely next in one cache, and draws the latest answer only. A zoom
 * step shows its window together with its items, in one frame.
 */
export class TimelineController {
  private timeline: TimelinePort | null = null
  private layers: ChipLayers | null = null
  private key: string
  private firstLoad: boolean
  private extent: WindowSpan | null = null
  private request = 0
  private applied = 0
  private inFlight = false
  private askAgain = false
  /** The window the drawn items were asked for (they cover its margins too), and for what. */
  private covered: (WindowSpan & { key: string; widthPx: number }) | null = null
  /** Answers for windows drawn lately or likely next, so zoom steps need not wait for them. */
  private readonly windows = new WindowCache<TimelineWindow>(WINDOWS_KEPT)
  private cancelPrefetch: (() => void) | null = null
  /** Set while a zoom step's window is being shown, which reports its own drawing. */
  private showingStep = false
  /** A zoom step or fit asked for and not yet shown: it is shown with its items, in one frame. */
  private target: WindowSpan | null = null
  /** The event to focus once drawn. */
  private pendingFocus: string | null = null
  /** The "fit all" answer asked for while the widget was still being built. */
  private firstAnswer: Promise<TimelineWindow> | null = null

  constructor(
    private readonly deps: ControllerDeps,
    private query: EventQuery,
    /** Without a remembered window, the first answer is fitted. */
    private readonly fitsFirstAnswer: boolean,
  ) {
    this.key = keyOf(query, 0)
    this.firstLoad = fitsFirstAnswer
  }

  /**
   * Asks for the first "fit all" answer before the widget is built (building it takes longer
   * than the core takes to answer). Its lanes are not laid out yet: the canvas's whole width
   * stands in for theirs, which only makes the buckets a little finer.
   */
  prefetchFirstFit(widthPx: number): void {
    if (!this.fitsFirstAnswer) return
    this.firstAnswer = this.deps.fetchWindow({ query: this.query, widthPx: Math.max(100, widthPx) })
    // Taken up by the first refresh; a failure is reported there.
    this.firstAnswer.catch(() => undefined)
  }

  attach(timeline: TimelinePort, layers: ChipLayers): void {
    this.timeline = timeline
    this.layers = layers
    layers.place(timeline.window())
  }

  /** A new query (or new notes, `version`) redraws the current window; the first load fits all. */
  setQuery(query: EventQuery, version: number): void {
    this.query = query
    this.key = keyOf(query, version)
    const fit = this.firstLoad
    this.firstLoad = false
    this.refresh(fit)
  }

  zoomIn(): void {
    this.step((from) => zoomed(from, 1 / ZOOM_STEP))
  }

  zoomOut(): void {
    this.step((from) => zoomed(from, ZOOM_STEP))
  }

  fitAll(): void {
    const whole = this.extent
    const timeline = this.timeline
    if (!whole || !timeline) return
    this.step(() => fitSpan(whole, timeline.lanesWidthPx()))
  }

  pan(fraction: number): void {
    const timeline = this.timeline
    if (!timeline) return
    this.target = null
    timeline.setWindow(panned(timeline.window(), fraction))
  }

  /** Shows a window at once, as a count's chip asks. */
  show(span: WindowSpan): void {
    this.timeline?.setWindow(span)
  }

  /** Brings the date `at` into view (keeping the zoom) and focuses the event once drawn. */
  focusEvent(eventId: string, at: number): void {
    const timeline = this.timeline
    const layers = this.layers
    if (!timeline || !layers) return
    const view = timeline.window()
    if (at >= view.start && at <= view.end && layers.focusEvent(eventId)) return
    this.pendingFocus = eventId
    this.target = null
    timeline.setWindow(centredOn(view, at))
    // Already centred there: nothing is redrawn, so settle in the next frame.
    if (sameWindow(view, timeline.window())) timeline.whenDrawn(false, () => this.settleDrawn())
  }

  /**
   * The widget's window moves. The user's own drag or wheel overrides a step still on its way;
   * a pan within what is drawn shows in the next frame, and the margins are fetched anew only
   * once the pan has used up half of one, so steady panning does not ask at every step.
   */
  rangeChange(span: WindowSpan, byUser: boolean): void {
    const timeline = this.timeline
    if (!timeline) return
    this.layers?.place(span)
    if (byUser) this.target = null
    const have = this.covered
    if (have && have.key === this.key) {
      const cover = coverage(have, span)
      // A step shown with its items says when it is drawn itself.
      if (cover === 'asked') {
        if (!this.showingStep) timeline.whenDrawn(true, () => this.settleDrawn())
        return
      }
      if (cover !== 'none') timeline.whenDrawn(true, () => this.settleDrawn())
      if (cover === 'inner') {
        this.schedulePrefetch()
        return
      }
    }
    this.refresh(false)
  }

  /** The window has settled: the app hears of it once the first answer is drawn. */
  rangeChanged(span: WindowSpan): void {
    if (this.fitsFirstAnswer && this.applied === 0) return
    this.deps.rangeChanged(span)
  }

  destroy(): void {
    this.cancelPrefetch?.()
    this.cancelPrefetch = null
    this.timeline = null
    this.layers = null
  }

  /**
   * A discrete step (a zoom button or key, "fit all") asks for the new window's items first
   * and then shows window and items together. Steps pressed meanwhile build on the one on its way.
   */
  private step(next: (from: WindowSpan) => WindowSpan): void {
    const timeline = this.timeline
    if (!timeline) return
    this.target = next(this.target ?? timeline.window())
    this.refresh(false)
  }

  /** Asks the core for a window of the current view, or finds it already asked for. */
  private askWindow(span: WindowSpan, widthPx: number): CachedWindow<TimelineWindow> {
    const query = this.query
    return this.windows.request(`${this.key}|${widthPx}`, span, () =>
      this.deps.fetchWindow({
        query,
        widthPx,
        start: new Date(span.start).toISOString(),
        end: new Date(span.end).toISOString(),
      }),
    )
  }

  /**
   * Draws the items of the current window (or of the step in `target`): at once when the
   * window was asked for already, else when the core answers. The latest request wins.
   */
  private refresh(fitAfter: boolean): void {
    const timeline = this.timeline
    if (!timeline) return
    const goal = fitAfter ? null : this.target
    const widthPx = timeline.lanesWidthPx()
    const asked: DrawRequest = {
      span: goal ?? timeline.window(),
      key: this.key,
      widthPx,
      goal,
      fitAfter,
    }
    const known = fitAfter ? undefined : this.windows.find(`${asked.key}|${widthPx}`, asked.span)
    if (known?.result) {
      this.draw(++this.request, known.result, asked)
      return
    }
    const failed = (id: number) => () => {
      if (id === this.request) this.deps.failed()
    }
    if (known) {
      const id = ++this.request
      known.answer.then((result) => this.draw(id, result, asked), failed(id))
      return
    }
    // One request at a time: changes meanwhile are folded into a single follow-up request.
    if (this.inFlight && !fitAfter) {
      this.askAgain = true
      return
    }
    this.inFlight = true
    const id = ++this.request
    const settle = () => {
      this.inFlight = false
      if (this.askAgain) {
        this.askAgain = false
        this.refresh(false)
      }
    }
    const early = fitAfter ? this.firstAnswer : null
    this.firstAnswer = null
    const answer = fitAfter
      ? (early ?? this.deps.fetchWindow({ query: this.query, widthPx }))
      : this.askWindow(asked.span, widthPx).answer
    answer.then(
      (result) => {
        settle()
        this.draw(id, result, asked)
      },
      () => {
        settle()
        failed(id)()
      },
    )
  }

  /**
   * Draws a window's answer, unless a newer one is drawn, the query or notes changed since it
   * was asked for, or the step was overtaken.
   */
  private draw(id: number, result: TimelineWindow, asked: DrawRequest): void {
    const timeline = this.timeline
    const layers = this.layers
    if (id <= this.applied || !timeline || !layers) return
    const { goal, fitAfter } = asked
    // The request for the new query or notes is already on its way.
    if (asked.key !== this.key) return
    // A step overtaken by another step or by the user's own pan or zoom is not shown.
    if (goal && this.target !== goal) return
    this.applied = id
    this.covered = fitAfter ? null : { ...asked.span, key: asked.key, widthPx: asked.widthPx }
    this.extent = result.extent
      ? { start: Date.parse(result.extent.start), end: Date.parse(result.extent.end) }
      : null
    const changed = layers.show(result)
    // The first answer covers the whole extent, which is what "fit all" shows: draw it now
    // and fit; the range change that follows refines it.
    if (fitAfter && this.extent) timeline.setWindow(fitSpan(this.extent, timeline.lanesWidthPx()))
    if (changed) {
      layers.place(goal ?? timeline.window())
      // Lanes may need another height: the widget measures them when it redraws.
      timeline.redrawSoon()
    }
    if (goal) {
      this.target = null
      this.showingStep = true
      try {
        timeline.setWindow(goal)
      } finally {
        this.showingStep = false
      }
      this.prefetchAround(2)
    } else if (!fitAfter) {
      // The view may have moved on while this answer was on its way (a quick drag back into
      // what was drawn before fetches nothing): if it is not covered, ask for it.
      const have = this.covered
      if (!have || coverage(have, timeline.window()) === 'none') this.refresh(false)
      this.schedulePrefetch()
    }
    timeline.whenDrawn(changed || fitAfter || goal !== null, () => {
      if (id === this.applied) this.settleDrawn()
    })
  }

  /** Once the current window is drawn: focus the chip asked for, if it is drawn, and say so. */
  private settleDrawn(): void {
    const pending = this.pendingFocus
    if (pending) {
      this.pendingFocus = null
      this.layers?.focusEvent(pending)
    }
    this.deps.drawn()
  }

  /**
   * Asks ahead for the windows the zoom steps from the one shown would show, so those steps
   * find their items here. After a zoom step, two steps each way; after a pan or a drag, one,
   * once the page is idle.
   */
  private prefetchAround(depth: number): void {
    const shown = this.covered
    const timeline = this.timeline
    if (!shown || !timeline || shown.key !== this.key) return
    const shownWindow = timeline.window()
    for (const factor of [1 / ZOOM_STEP, ZOOM_STEP]) {
      let next = shownWindow
      for (let i = 0; i < depth; i += 1) {
        next = zoomed(next, factor)
        this.askWindow(next, shown.widthPx)
      }
    }
  }

  private schedulePrefetch(): void {
    this.cancelPrefetch?.()
    this.cancelPrefetch = this.deps.idle.whenIdle(() => {
      this.cancelPrefetch = null
      this.prefetchAround(1)
    })
  }
}

/** What a window's answer depends on besides the window and the width. */
function keyOf(query: EventQuery, version: number): string {
  return `${version}:${JSON.stringify(query)}`
}
