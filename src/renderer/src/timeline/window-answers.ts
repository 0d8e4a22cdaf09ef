import type { EventQuery, TimelineWindow } from '../../../shared/store'
import type { FetchWindow } from './timeline-ports'
import { ZOOM_STEP, zoomed } from './viewport'
import { WindowCache, type CachedWindow, type WindowSpan } from './window-cache'

/** Window answers kept: the last few drawn and two zoom steps each way. */
const WINDOWS_KEPT = 12

/** What a window's answer depends on besides the window: the query, the data and the width. */
export interface AnswerView {
  query: EventQuery
  /** The query and the version of the data and notes, as one string. */
  key: string
  widthPx: number
}

/** What a drawn answer was asked for. */
export interface DrawRequest extends AnswerView {
  span: WindowSpan
  /** The zoom step or fit being shown, if it is one. */
  goal: WindowSpan | null
  fitAfter: boolean
}

/** What a window's answer depends on besides the window and the width, as `AnswerView.key`. */
export function keyOf(query: EventQuery, version: string): string {
  return `${version}:${JSON.stringify(query)}`
}

/**
 * The renderer's one cache of the core's window answers, and the asking ahead that fills it:
 * a zoom step or a pan back then finds its items here instead of waiting on the core.
 */
export class WindowAnswers {
  private readonly cache = new WindowCache<TimelineWindow>(WINDOWS_KEPT)
  /** The whole extent's answer asked for ahead, taken by the next `askWhole`. */
  private wholeAhead: Promise<TimelineWindow> | null = null

  constructor(private readonly fetchWindow: FetchWindow) {}

  /** The answer for this window of this view, asked for or already here, if any. */
  find(view: AnswerView, span: WindowSpan): CachedWindow<TimelineWindow> | undefined {
    return this.cache.find(`${view.key}|${view.widthPx}`, span)
  }

  /** Asks the core for a window of a view, or finds it already asked for. */
  ask(view: AnswerView, span: WindowSpan): CachedWindow<TimelineWindow> {
    return this.cache.request(`${view.key}|${view.widthPx}`, span, () =>
      this.fetchWindow({
        query: view.query,
        widthPx: view.widthPx,
        start: new Date(span.start).toISOString(),
        end: new Date(span.end).toISOString(),
      }),
    )
  }

  /**
   * Asks for a window before it is drawn (an edit's, as it will be once the edit is made);
   * resolves once its answer has come, or failed (it is then asked for again when drawn).
   */
  askAhead(view: AnswerView, span: WindowSpan): Promise<void> {
    return this.ask(view, span).answer.then(
      () => undefined,
      () => undefined,
    )
  }

  /**
   * Asks for the whole extent of a query: the answer asked for ahead if there is one, else anew
   * (not cached: "fit all" is asked for only at first).
   */
  askWhole(query: EventQuery, widthPx: number): Promise<TimelineWindow> {
    const ahead = this.wholeAhead
    this.wholeAhead = null
    return ahead ?? this.fetchWindow({ query, widthPx: Math.max(100, widthPx) })
  }

  /** Asks for the whole extent before it is needed; its failure is reported when it is taken. */
  askWholeAhead(query: EventQuery, widthPx: number): void {
    this.wholeAhead = this.askWhole(query, widthPx)
    this.wholeAhead.catch(() => undefined)
  }

  /** Asks ahead for the windows `depth` zoom steps each way from `shown` would show. */
  askAround(view: AnswerView, shown: WindowSpan, depth: number): void {
    for (const factor of [1 / ZOOM_STEP, ZOOM_STEP]) {
      let next = shown
      for (let i = 0; i < depth; i += 1) {
        next = zoomed(next, factor)
        this.ask(view, next)
      }
    }
  }
}
