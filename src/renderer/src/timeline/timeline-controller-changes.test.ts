import { describe, expect, it } from 'vitest'
import type { EventQuery } from '../../../shared/store'
import { DAY, MONTH, setUp } from './test-support/controller-world'
import { ZOOM_STEP, zoomed } from './viewport'

describe('the timeline controller, as the query and data change', () => {
  it('drops the answer for a filter changed while it was on its way, and asks for the new one', async () => {
    const { asked, shown, drawn, controller, settle } = setUp()
    controller.setQuery({}, '0')
    asked[0]!.resolve()
    await settle()
    controller.pan(2)
    expect(asked).toHaveLength(2)

    const filtered: EventQuery = { statuses: ['disputed'] }
    controller.setQuery(filtered, '0')
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
      controller.setQuery({ text }, '0')
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
    controller.setQuery({}, '0')
    asked[0]!.resolve()
    await settle()

    controller.setQuery({}, '1')
    expect(asked).toHaveLength(2)
    expect(spanAsked(asked[1]!)).toEqual(MONTH)
    asked[1]!.resolve()
    await settle()
    expect(shown.at(-1)).toBe(asked[1]!.answer)

    // A zoom step asked for before the notes changed: its answer has the old marks.
    controller.zoom(1)
    const step = zoomed(MONTH, 1 / ZOOM_STEP)
    controller.setQuery({}, '2')
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
    controller.setQuery({}, '0')
    asked[0]!.resolve()
    await settle()

    // The edit's outcome asks for the new event before the data version reaches the timeline.
    controller.focusEvent('added', MONTH.start + DAY)
    controller.setQuery({ text: 'added' }, '1')
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

  it('draws an edit’s window asked for ahead at once when the data moves there, asking nothing more', async () => {
    const { asked, shown, drawn, controller, spanAsked, settle } = setUp()
    controller.setQuery({}, '0.0')
    asked[0]!.resolve()
    await settle()

    // The edit is sent; its window is asked for right behind it, and comes with its answer.
    const ahead = controller.readAhead('1.0')
    expect(asked).toHaveLength(2)
    expect(spanAsked(asked[1]!)).toEqual(MONTH)
    expect(shown).toHaveLength(1)
    asked[1]!.resolve()
    await expect(ahead).resolves.toBeUndefined()
    await settle()
    // Nothing is drawn until the data moves: the edit may yet be refused.
    expect(shown).toHaveLength(1)

    controller.setQuery({}, '1.0')
    expect(asked).toHaveLength(2)
    expect(shown.at(-1)).toBe(asked[1]!.answer)
    await settle()
    expect(drawn).toHaveLength(2)
  })

  it('asks anew for the window of an edit whose read ahead failed', async () => {
    const { asked, shown, controller, settle } = setUp()
    controller.setQuery({}, '0.0')
    asked[0]!.resolve()
    await settle()
    const ahead = controller.readAhead('1.0')
    asked[1]!.reject()
    await expect(ahead).resolves.toBeUndefined()
    controller.setQuery({}, '1.0')
    expect(asked).toHaveLength(3)
    asked[2]!.resolve()
    await settle()
    expect(shown.at(-1)).toBe(asked[2]!.answer)
  })

  it('asks again for a window whose answer failed', async () => {
    const { asked, controller, settle } = setUp()
    controller.setQuery({}, '0')
    asked[0]!.reject()
    await settle()
    controller.setQuery({}, '1')
    expect(asked).toHaveLength(2)
  })
})
