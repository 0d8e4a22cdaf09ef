// What "Show links" draws: the links joining two events that are both drawn, from the sample's
// store and from a timeline file's, never a link within one event or to an event not drawn.
import { describe, expect, it } from 'vitest'
import { BUNDLED_DATA } from '../test-support/editable-timeline'
import { editableTimelines } from '../test-support/editable-timelines'
import { EventStore } from './event-store'

const PESKOV = 'peskov-statements'
const DELEGATION = 'military-delegation-to-brief-white-house'
const WHITE_HOUSE = 'white-house-framework-by-end-of-november'
const ENDORSES = 'trump-endorses-28-point-plan'

const { editable } = editableTimelines()

describe('links among the events drawn', () => {
  it('answers the sample’s links whose both events are among those asked', async () => {
    const store = await EventStore.load(BUNDLED_DATA)
    const pairs = store.linksAmong([PESKOV, DELEGATION, ENDORSES])
    expect(pairs).toEqual([
      expect.objectContaining({ kind: 'contradicts', fromEventId: PESKOV, toEventId: DELEGATION }),
    ])
    // The sample also links two claims of the same event (trump-endorses…): not a connector.
    expect(store.linksAmong([ENDORSES])).toEqual([])
    expect(store.linksAmong([PESKOV, WHITE_HOUSE, ENDORSES]).map((p) => p.toEventId)).toEqual([
      WHITE_HOUSE,
      WHITE_HOUSE,
    ])
  })

  it('answers a timeline file’s links the same way, a new link included', async () => {
    const t = await editable()
    expect(t.store.linksAmong([PESKOV, DELEGATION])).toEqual([
      expect.objectContaining({ fromEventId: PESKOV, toEventId: DELEGATION }),
    ])
    t.editor.saveLink(
      { kind: 'follows-from', from: { eventId: DELEGATION }, to: { eventId: WHITE_HOUSE } },
      '2026-11-30T09:00:00.000Z',
    )
    const pairs = t.store.linksAmong([DELEGATION, WHITE_HOUSE])
    expect(pairs).toEqual([
      expect.objectContaining({
        kind: 'follows-from',
        fromEventId: DELEGATION,
        toEventId: WHITE_HOUSE,
      }),
    ])
    expect(t.store.linksAmong([DELEGATION])).toEqual([])
    expect(t.store.linksAmong([])).toEqual([])
  })
})
