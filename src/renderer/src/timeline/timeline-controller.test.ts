import { describe, expect, it } from 'vitest'
import type { EventQuery, TimelineWindow, WindowQuery } from '../../../shared/store'
import { TimelineController } from './timeline-controller'
import { WindowAnswers } from './window-answers'
import type { ChipLayers, TimelinePort } from './timeline-ports'
import { panned, ZOOM_STEP, zoomed } from './viewport'
import type { WindowSpan } from './window-cache'

const DAY = 86_400_000
const MONTH = { start: 100 * DAY, end: 130 * DAY }

/** A request to the fake core, answered when the test says. */
interface Asked {
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

function setUp(query: EventQuery = {}) {
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

describe('the timeline controller', () => {
  it('draws the window shown once the core answers, and says so in the frame it is drawn', async () => {
    const { asked, shown, drawn, ranges, controller, spanAsked, settle } = setUp()
    controller.setQuery({}, 0)
    expect(asked).toHaveLength(1)
    expect(spanAsked(asked[0]!)).toEqual(MONTH)
    asked[0]!.resolve()
    await settle()
    expect(shown).toEqual([asked[0]!.answer])
    expect(drawn).toHaveLength(1)
    // The first view drawn is the range the app shows, before the widget says it settled.
    expect(ranges).toEqual([MONTH])
  })

  it('shows a zoom step only with its items, then asks ahead for the next steps', async () => {
    const { asked, shown, drawn, timeline, controller, spanAsked, settle } = setUp()
    controller.setQuery({}, 0)
    asked[0]!.resolve()
    await settle()

    controller.zoom(1)
    const step = zoomed(MONTH, 1 / ZOOM_STEP)
    expect(asked).toHaveLength(2)
    expect(spanAsked(asked[1]!)).toEqual(step)
    // Nothing moves until the step's items are here.
    expect(timeline.view).toEqual(MONTH)
    asked[1]!.resolve()
    await settle()
    expect(timeline.view).toEqual(step)
    expect(shown.at(-1)).toBe(asked[1]!.answer)
    expect(drawn).toHaveLength(2)
    // Two steps each way, asked ahead; one step out is the month, whose answer is here.
    expect(asked.slice(2).map(spanAsked)).toEqual([
      zoomed(step, 1 / ZOOM_STEP),
      zoomed(zoomed(step, 1 / ZOOM_STEP), 1 / ZOOM_STEP),
      zoomed(zoomed(step, ZOOM_STEP), ZOOM_STEP),
    ])

    // The next step was asked ahead: it is shown as soon as its answer has come.
    asked[2]!.resolve()
    await settle()
    controller.zoom(1)
    expect(timeline.view).toEqual(zoomed(step, 1 / ZOOM_STEP))
    // Only the step not yet asked ahead is asked now.
    expect(asked).toHaveLength(6)
  })

  it('pans within the margins drawn without asking the core, and draws in the next frame', async () => {
    const { asked, shown, drawn, idle, timeline, controller, settle } = setUp()
    controller.setQuery({}, 0)
    asked[0]!.resolve()
    await settle()
    idle.splice(0)

    controller.pan(0.2)
    expect(timeline.view).toEqual(panned(MONTH, 0.2))
    expect(asked).toHaveLength(1)
    timeline.frame()
    expect(drawn).toHaveLength(2)
    expect(shown).toHaveLength(1)
    // Once idle, one zoom step each way is asked ahead.
    expect(idle).toHaveLength(1)
    idle[0]!()
    expect(asked).toHaveLength(3)

    // Past half a margin, the window is asked for anew.
    controller.pan(0.4)
    expect(asked).toHaveLength(4)
  })

  it('never draws an answer that comes after a newer one was drawn', async () => {
    const { asked, shown, timeline, controller, spanAsked, settle } = setUp()
    controller.setQuery({}, 0)
    asked[0]!.resolve()
    await settle()
    controller.zoom(1)
    asked[1]!.resolve()
    await settle()
    const once = timeline.view
    const twice = zoomed(once, 1 / ZOOM_STEP)
    const thrice = zoomed(twice, 1 / ZOOM_STEP)
    const second = asked.find((entry) => sameSpan(spanAsked(entry), twice))!
    const third = asked.find((entry) => sameSpan(spanAsked(entry), thrice))!

    // Two steps pressed quickly: each waits on its answer, asked ahead before.
    controller.zoom(1)
    controller.zoom(1)
    third.resolve()
    await settle()
    expect(timeline.view).toEqual(thrice)
    second.resolve()
    await settle()
    expect(timeline.view).toEqual(thrice)
    expect(shown.at(-1)).toBe(third.answer)
    expect(shown).not.toContain(second.answer)
  })

  it('drops the answer for a filter changed while it was on its way, and asks for the new one', async () => {
    const { asked, shown, drawn, controller, settle } = setUp()
    controller.setQuery({}, 0)
    asked[0]!.resolve()
    await settle()
    controller.pan(2)
    expect(asked).toHaveLength(2)

    const filtered: EventQuery = { statuses: ['disputed'] }
    controller.setQuery(filtered, 0)
    // One request at a time: the new filter waits for the one on its way.
    expect(asked).toHaveLength(2)
    asked[1]!.resolve()
    await settle()
    expect(shown).not.toContain(asked[1]!.answer)
    expect(asked).toHaveLength(3)
    expect(asked[2]!.request.query).toEqual(filtered)
    asked[2]!.resolve()
    await settle()
    expect(shown.at(-1)).toBe(asked[2]!.answer)
    expect(drawn).toHaveLength(2)
  })

  it('asks ahead around a search only once its typing pauses, and around a pan once idle', async () => {
    const { asked, idle, quiet, controller, settle } = setUp()
    for (const text of ['p', 'pr', 'pri']) {
      controller.setQuery({ text }, 0)
      asked.at(-1)!.resolve()
      await settle()
    }
    // A letter typed cancels the asking ahead for the one before: one is waiting, for "pri".
    expect(idle).toHaveLength(0)
    expect(quiet).toHaveLength(1)
    expect(asked).toHaveLength(3)
    quiet[0]!()
    expect(asked.slice(3).map((entry) => entry.request.query)).toEqual([
      { text: 'pri' },
      { text: 'pri' },
    ])

    controller.pan(2)
    asked.at(-1)!.resolve()
    await settle()
    expect(idle).toHaveLength(1)
  })

  it('asks for the window shown again when the data or notes change, and never draws the stale answer', async () => {
    const { asked, shown, timeline, controller, spanAsked, settle } = setUp()
    controller.setQuery({}, 0)
    asked[0]!.resolve()
    await settle()

    controller.setQuery({}, 1)
    expect(asked).toHaveLength(2)
    expect(spanAsked(asked[1]!)).toEqual(MONTH)
    asked[1]!.resolve()
    await settle()
    expect(shown.at(-1)).toBe(asked[1]!.answer)

    // A zoom step asked for before the notes changed: its answer has the old marks.
    controller.zoom(1)
    const step = zoomed(MONTH, 1 / ZOOM_STEP)
    controller.setQuery({}, 2)
    asked[2]!.resolve()
    await settle()
    expect(shown).not.toContain(asked[2]!.answer)
    expect(spanAsked(asked[3]!)).toEqual(step)
    asked[3]!.resolve()
    await settle()
    expect(shown.at(-1)).toBe(asked[3]!.answer)
    expect(timeline.view).toEqual(step)
  })

  it('focuses an event just added once the answer that holds it is drawn, not before', async () => {
    const { asked, focused, controller, settle } = setUp()
    controller.setQuery({}, 0)
    asked[0]!.resolve()
    await settle()

    // The edit's outcome asks for the new event before the data version reaches the timeline.
    controller.focusEvent('added', MONTH.start + DAY)
    controller.setQuery({ text: 'added' }, 1)
    await settle()
    expect(focused).toEqual([])
    // The window asked for before the data changed comes back first: it cannot hold the event.
    asked[1]!.resolve()
    await settle()
    expect(focused).toEqual([])
    expect(asked[2]!.request.query).toEqual({ text: 'added' })
    asked[2]!.resolve()
    await settle()
    expect(focused).toEqual(['added'])
  })

  it('asks again for a window whose answer failed', async () => {
    const { asked, controller, settle } = setUp()
    controller.setQuery({}, 0)
    asked[0]!.reject()
    await settle()
    controller.setQuery({}, 1)
    expect(asked).toHaveLength(2)
  })
})

function sameSpan(a: WindowSpan, b: WindowSpan): boolean {
  return Math.abs(a.start - b.start) < 2 && Math.abs(a.end - b.end) < 2
}
