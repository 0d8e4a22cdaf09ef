// The timeline controller's world, played by hand for its tests: vis-timeline's part, the
// layers, the core (answering when a test says) and the page's idle and quiet moments.
import type { EventQuery, TimelineWindow, WindowQuery } from '../../../../shared/store'
import { TimelineController } from '../timeline-controller'
import { WindowAnswers } from '../window-answers'
import type { ChipLayers, TimelinePort } from '../timeline-ports'
import type { WindowSpan } from '../window-cache'

export const DAY = 86_400_000
export const MONTH = { start: 100 * DAY, end: 130 * DAY }

/** A request to the fake core, answered when the test says. */
export interface Asked {
  request: WindowQuery
  answer: TimelineWindow
  resolve(): void
  reject(): void
}

/** vis-timeline's part, played by hand: range changes are reported at once, frames on `frame()`. */
class FakeTimeline implements TimelinePort {
  view: WindowSpan = MONTH
  controller: TimelineController | null = null
  private frames: Array<() => void> = []

  window(): WindowSpan {
    return this.view
  }
  setWindow(span: WindowSpan): void {
    this.view = span
    this.controller?.rangeChange(span, false)
    this.controller?.rangeChanged(span)
  }
  lanesWidthPx(): number {
    return 1000
  }
  redrawSoon(): void {}
  drawNow(): void {}
  whenDrawn(_inRedraw: boolean, callback: () => void): void {
    this.frames.push(callback)
  }
  frame(): void {
    const due = this.frames
    this.frames = []
    for (const callback of due) callback()
  }
  /** A drag by the user. */
  drag(span: WindowSpan): void {
    this.view = span
    this.controller?.rangeChange(span, true)
  }
}

function answerFor(request: WindowQuery): TimelineWindow {
  return {
    extent: { start: new Date(0).toISOString(), end: new Date(400 * DAY).toISOString() },
    total: 1,
    inWindow: 0,
    items: [],
    // The answer names what it was asked for, so the test can tell answers apart.
    buckets: [
      {
        track: 'us',
        start: request.start ?? 'all',
        end: `${request.end ?? 'all'}|${JSON.stringify(request.query)}`,
        count: 1,
        statuses: { confirmed: 1, reported: 0, disputed: 0, denied: 0 },
      },
    ],
  }
}

/** A controller wired to a fake widget, fake layers, a fake core and a hand-run scheduler. */
export function setUp(query: EventQuery = {}) {
  const asked: Asked[] = []
  const shown: TimelineWindow[] = []
  const drawn: number[] = []
  const ranges: WindowSpan[] = []
  const idle: Array<() => void> = []
  const quiet: Array<() => void> = []
  const focused: string[] = []
  const timeline = new FakeTimeline()
  const layers: ChipLayers = {
    show: (answer) => {
      shown.push(answer)
      return true
    },
    place: () => undefined,
    // Only an event in the last answer shown can be focused.
    focusEvent: (id) => {
      const last = shown.at(-1)
      const has = last?.buckets.some((b) => b.end.includes(id)) ?? false
      if (has) focused.push(id)
      return has
    },
  }
  const answers = new WindowAnswers(
    (request) =>
      new Promise<TimelineWindow>((resolve, reject) => {
        const answer = answerFor(request)
        asked.push({
          request,
          answer,
          resolve: () => resolve(answer),
          reject: () => reject(new Error('no answer')),
        })
      }),
  )
  const queue = (list: Array<() => void>) => (callback: () => void) => {
    list.push(callback)
    return () => void list.splice(list.indexOf(callback), 1)
  }
  const scheduler = { whenIdle: queue(idle), whenQuiet: queue(quiet) }
  const events = {
    drawn: () => void drawn.push(drawn.length + 1),
    failed: () => undefined,
    rangeChanged: (span: WindowSpan) => void ranges.push(span),
  }
  const controller = new TimelineController(timeline, layers, answers, scheduler, events, {
    query,
    fitsFirstAnswer: false,
  })
  timeline.controller = controller
  const spanAsked = (entry: Asked): WindowSpan => ({
    start: Date.parse(entry.request.start ?? ''),
    end: Date.parse(entry.request.end ?? ''),
  })
  /** Lets the promises' callbacks run, then the frame. */
  const settle = async () => {
    await new Promise((resolve) => setTimeout(resolve, 0))
    timeline.frame()
  }
  return {
    asked,
    shown,
    drawn,
    ranges,
    idle,
    quiet,
    focused,
    timeline,
    controller,
    spanAsked,
    settle,
  }
}

export function sameSpan(a: WindowSpan, b: WindowSpan): boolean {
  return Math.abs(a.start - b.start) < 2 && Math.abs(a.end - b.end) < 2
}
