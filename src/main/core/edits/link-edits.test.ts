// Links between accounts as an analyst makes them: both directions listed, undone and redone,
// in History, never to itself or twice, and taken along (undoably) when an event or a claim goes.
import { describe, expect, it } from 'vitest'
import { draftOf } from '../test-support/editable-timeline'
import { editableTimelines } from '../test-support/editable-timelines'

const AT = '2026-11-30T09:00:00.000Z'
const { editable } = editableTimelines()

const PESKOV = 'istanbul-direct-talks'
const DELEGATION = 'trump-putin-phone-call'

describe('links between events and claims', () => {
  it('lists a link from both sides, with the other side’s facts, and undoes it', async () => {
    const t = await editable()
    t.editor.saveLink(
      {
        kind: 'contradicts',
        from: { eventId: PESKOV, claimId: 'c2' },
        to: { eventId: DELEGATION, claimId: 'c1' },
      },
      AT,
    )
    const here = t.store.links(PESKOV)
    expect(here).toEqual([
      expect.objectContaining({
        kind: 'contradicts',
        direction: 'outgoing',
        claimId: 'c2',
        other: expect.objectContaining({
          eventId: DELEGATION,
          title: t.store.title(DELEGATION),
          claim: expect.objectContaining({ id: 'c1' }),
        }),
      }),
    ])
    expect(t.store.links(DELEGATION)).toEqual([
      expect.objectContaining({
        direction: 'incoming',
        claimId: 'c1',
        other: expect.objectContaining({ eventId: PESKOV }),
      }),
    ])
    t.editor.undo()
    expect(t.store.links(PESKOV)).toEqual([])
    t.editor.redo()
    expect(t.store.links(DELEGATION)).toHaveLength(1)
  })

  it('shows a link in both events’ History', async () => {
    const t = await editable()
    t.editor.saveLink(
      { kind: 'responds-to', from: { eventId: PESKOV }, to: { eventId: DELEGATION } },
      AT,
    )
    const title = (id: string) => t.store.title(id)!
    expect(t.editor.eventHistory(PESKOV)[0]).toMatchObject({
      at: AT,
      label: `Link “${title(PESKOV)}” responds to “${title(DELEGATION)}”`,
      action: 'changed',
      changes: [{ field: 'Link', before: '', after: `responds to “${title(DELEGATION)}”` }],
    })
    expect(t.editor.eventHistory(DELEGATION)[0]!.changes).toEqual([
      { field: 'Link', before: '', after: `is answered by “${title(PESKOV)}”` },
    ])
  })

  it('refuses a link to itself, a second link of the same kind, and a kind the ends cannot take', async () => {
    const t = await editable()
    expect(() =>
      t.editor.saveLink(
        { kind: 'contradicts', from: { eventId: PESKOV }, to: { eventId: PESKOV } },
        AT,
      ),
    ).toThrow('cannot be linked to itself')
    t.editor.saveLink(
      { kind: 'contradicts', from: { eventId: PESKOV }, to: { eventId: DELEGATION } },
      AT,
    )
    expect(() =>
      t.editor.saveLink(
        { kind: 'contradicts', from: { eventId: DELEGATION }, to: { eventId: PESKOV } },
        AT,
      ),
    ).toThrow('These are already linked')
    expect(() =>
      t.editor.saveLink(
        {
          kind: 'responds-to',
          from: { eventId: PESKOV, claimId: 'c1' },
          to: { eventId: DELEGATION, claimId: 'c1' },
        },
        AT,
      ),
    ).toThrow('claims can be linked as contradicts, corroborates')
    expect(() =>
      t.editor.saveLink(
        {
          kind: 'contradicts',
          from: { eventId: PESKOV, claimId: 'c99' },
          to: { eventId: DELEGATION, claimId: 'c1' },
        },
        AT,
      ),
    ).toThrow('has no claim "c99"')
    expect(t.store.links(PESKOV)).toHaveLength(1)
  })

  it('deleting an event removes its links in the same undoable step', async () => {
    const t = await editable()
    t.editor.saveLink(
      { kind: 'follows-from', from: { eventId: DELEGATION }, to: { eventId: PESKOV } },
      AT,
    )
    t.editor.deleteEvent(PESKOV, AT)
    expect(t.store.links(DELEGATION)).toEqual([])
    t.editor.undo()
    expect(t.store.links(DELEGATION)).toEqual([
      expect.objectContaining({ kind: 'follows-from', direction: 'outgoing' }),
    ])
  })

  it('removing a claim removes the links to it, and undo brings them back', async () => {
    const t = await editable()
    t.editor.saveLink(
      {
        kind: 'contradicts',
        from: { eventId: PESKOV, claimId: 'c2' },
        to: { eventId: DELEGATION, claimId: 'c1' },
      },
      AT,
    )
    const event = draftOf(t.repository.editTables().event(PESKOV)!)
    event.claims = event.claims.filter((c) => c.id !== 'c2')
    t.editor.saveEvent({ id: PESKOV, event, newSources: [], newActors: [] }, AT)
    expect(t.store.links(DELEGATION)).toEqual([])
    expect(t.store.getEvent(PESKOV).claims.map((c) => c.id)).toEqual(['c1'])
    t.editor.undo()
    expect(t.store.links(DELEGATION)).toHaveLength(1)
  })
})
