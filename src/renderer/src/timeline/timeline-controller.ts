import type { EventQuery, TimelineWindow } from '../../../shared/store'
import type { ChipLayers, ControllerEvents, IdleScheduler, TimelinePort } from './timeline-ports'
import { LatestWhenIdle } from './idle-scheduler'
import { centredOn, coverage, fitSpan, panned, ZOOM_STEP, zoomed } from './viewport'
import { keyOf, type AnswerView, type DrawRequest, type WindowAnswers } from './window-answers'
import { sameWindow, type WindowSpan } from './window-cache'

/**
 * What to ask the core for and what to draw: on every change of the visible window it asks for
 * that window only (with margins, so a pan within them asks nothing), keeps the answers for the
 * windows drawn lately or likely next in one cache, and draws the latest answer only. A zoom
 * step shows its window together with its items, in one frame.
 */
export class TimelineController {
  private key: string
  private firstLoad: boolean
  private extent: WindowSpan | null = null
  private request = 0
  private applied = 0
  private inFlight = false
  private askAgain = false
  /** The window the drawn items were asked for (they cover its margins too), and for what. */
  private covered: (WindowSpan & AnswerView) | null = null
  /** Set while a zoom step's window is being shown, which reports its own drawing. */
  private showingStep = false
  /** A zoom step or fit asked for and not yet shown: it is shown with its items, in one frame. */
  private target: WindowSpan | null = null
  /** The event to focus once drawn. */
  private pendingFocus: string | null = null
  private destroyed = false
  private rangeReported = false
  /** The last change was the query's (a search typed): asking ahead waits for a pause. */
  private queryChanged = false

  private query: EventQuery
  private readonly fitsFirstAnswer: boolean
  /** Asking ahead after a pan, once the page is idle. */
  private readonly prefetchWhenIdle: LatestWhenIdle

  /**
   * `answers` may hold the first "fit all" answer, asked for ahead; without a remembered window
   * (`fitsFirstAnswer`) the first answer is fitted.
   */
  constructor(
    private readonly timeline: TimelinePort,
    private readonly layers: ChipLayers,
    private readonly answers: WindowAnswers,
    idle: IdleScheduler,
    private readonly events: ControllerEvents,
    start: { query: EventQuery; fitsFirstAnswer: boolean },
  ) {
    this.query = start.query
    this.fitsFirstAnswer = start.fitsFirstAnswer
    this.key = keyOf(start.query, '')
    this.firstLoad = start.fitsFirstAnswer
    this.prefetchWhenIdle = new LatestWhenIdle(idle)
    layers.place(timeline.window())
  }

  /**
   * A new query (or changed data or notes: `version` names both) redraws the current window;
   * the first load fits all.
   */
  setQuery(query: EventQuery, version: string): void {
    this.query = query
    this.key = keyOf(query, version)
    this.queryChanged = true
    const fit = this.firstLoad
    this.firstLoad = false
    this.refresh(fit)
  }

  /**
   * Asks now for the window shown as it will be at `version`: an edit has just been sent, and
   * the core answers this after it, so the window comes back with the edit's answer and is
   * drawn as soon as the data moves there, instead of being asked for only then.
   */
  readAhead(version: string): Promise<void> {
    if (this.destroyed) return Promise.resolve()
    const { query, timeline } = this
    const view = { query, key: keyOf(query, version), widthPx: timeline.lanesWidthPx() }
    return this.answers.askAhead(view, this.target ?? timeline.window())
  }

  /** A zoom step in (1) or out (-1). */
  zoom(direction: 1 | -1): void {
    this.step((from) => zoomed(from, direction > 0 ? 1 / ZOOM_STEP : ZOOM_STEP))
  }

  fitAll(): void {
    const whole = this.extent
    if (whole) this.step(() => fitSpan(whole, this.timeline.lanesWidthPx()))
  }

  pan(fraction: number): void {
    this.target = null
    this.show(panned(this.timeline.window(), fraction))
  }

  /** Shows a window at once, as a count's chip asks. */
  show(span: WindowSpan): void {
    this.timeline.setWindow(span)
    this.timeline.drawNow()
  }

  /** Brings the date `at` into view (keeping the zoom) and focuses the event once drawn. */
  focusEvent(eventId: string, at: number): void {
    const timeline = this.timeline
    const view = timeline.window()
    if (at >= view.start && at <= view.end && this.layers.focusEvent(eventId)) return
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
    this.layers.place(span)
    if (byUser) this.target = null
    // Any move of the view (a step, a pan, a drag) ends a search's typing.
    this.queryChanged = false
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
        this.prefetchWhenIdle.run(() => this.prefetchAround(1), this.queryChanged)
        return
      }
    }
    this.refresh(false)
  }

  /** The window has settled: the app hears of it once the first answer is drawn. */
  rangeChanged(span: WindowSpan): void {
    if (this.fitsFirstAnswer && this.applied === 0) return
    this.rangeReported = true
    this.events.rangeChanged(span)
  }

  /** Stops asking ahead; answers still on their way are dropped. */
  destroy(): void {
    this.prefetchWhenIdle.stop()
    this.destroyed = true
  }

  /**
   * A discrete step (a zoom button or key, "fit all") asks for the new window's items first
   * and then shows window and items together. Steps pressed meanwhile build on the one on its way.
   */
  private step(next: (from: WindowSpan) => WindowSpan): void {
    this.target = next(this.target ?? this.timeline.window())
    this.refresh(false)
  }

  /**
   * Draws the items of the current window (or of the step in `target`): at once when the
   * window was asked for already, else when the core answers. The latest request wins.
   */
  private refresh(fitAfter: boolean): void {
    const timeline = this.timeline
    if (this.destroyed) return
    const goal = fitAfter ? null : this.target
    const widthPx = timeline.lanesWidthPx()
    const asked: DrawRequest = {
      span: goal ?? timeline.window(),
      query: this.query,
      key: this.key,
      widthPx,
      goal,
      fitAfter,
    }
    const known = fitAfter ? undefined : this.answers.find(asked, asked.span)
    if (known?.result) {
      this.draw(++this.request, known.result, asked)
      return
    }
    const failed = (id: number) => () => {
      if (id === this.request) this.events.failed()
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
    const answer = fitAfter
      ? this.answers.askWhole(this.query, widthPx)
      : this.answers.ask(asked, asked.span).answer
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
   * Draws a window's answer, unless a newer one is drawn, the query or data changed since it
   * was asked for, or the step was overtaken.
   */
  private draw(id: number, result: TimelineWindow, asked: DrawRequest): void {
    const { timeline, layers } = this
    if (id <= this.applied || this.destroyed) return
    const { goal, fitAfter, widthPx } = asked
    // The request for the new query or data is already on its way.
    if (asked.key !== this.key) return
    // A step overtaken by another step or by the user's own pan or zoom is not shown.
    if (goal && this.target !== goal) return
    this.applied = id
    this.covered = fitAfter ? null : { ...asked.span, query: asked.query, key: asked.key, widthPx }
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
        timeline.drawNow()
      } finally {
        this.showingStep = false
      }
      this.prefetchAround(2)
    } else if (!fitAfter) {
      // The view may have moved on while this answer was on its way (a quick drag back into
      // what was drawn before fetches nothing): if it is not covered, ask for it.
      const have = this.covered
      if (!have || coverage(have, timeline.window()) === 'none') this.refresh(false)
      this.prefetchWhenIdle.run(() => this.prefetchAround(1), this.queryChanged)
    }
    timeline.whenDrawn(changed || fitAfter || goal !== null, () => {
      if (id === this.applied) this.settleDrawn()
    })
  }

  /** Once the current window is drawn: focus the chip asked for, if it is drawn, and say so. */
  private settleDrawn(): void {
    const pending = this.pendingFocus
    // An answer for data older than the current (an edit just made) may not hold the event
    // yet: the answer on its way settles it.
    const current = this.covered === null || this.covered.key === this.key
    if (pending && current) {
      this.pendingFocus = null
      this.layers.focusEvent(pending)
    }
    // The widget says a window settled only 200 ms after it moved: the first view drawn is
    // reported with it, so the range shown and the app's readout agree from the start.
    if (!this.rangeReported) this.rangeChanged(this.timeline.window())
    this.events.drawn()
  }

  /**
   * Asks ahead for the windows the zoom steps from the one shown would show. After a zoom step,
   * two steps each way; after a pan or a drag, one, once the page is idle.
   */
  private prefetchAround(depth: number): void {
    const shown = this.covered
    if (!shown || shown.key !== this.key) return
    this.answers.askAround(shown, this.timeline.window(), depth)
  }
}
