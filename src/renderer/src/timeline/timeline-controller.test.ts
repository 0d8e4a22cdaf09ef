import { describe, expect, it } from 'vitest'
import { MONTH, sameSpan, setUp } from './test-support/controller-world'
import { panned, ZOOM_STEP, zoomed } from './viewport'

describe('the timeline controller', () => {
  it('draws the window shown once the core answers, and says so in the frame it is drawn', async () => {
    const { asked, shown, drawn, ranges, controller, spanAsked, settle } = setUp()
    controller.setQuery({}, '0')
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
    controller.setQuery({}, '0')
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
    controller.setQuery({}, '0')
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
    controller.setQuery({}, '0')
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
})
