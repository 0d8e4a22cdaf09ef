// The edit service as an analyst uses it: add an event with its own new source, correct a
// claim when a denial comes in and read that in History, undo and redo (also after a
// restart). Tracks, actors and sources, and refusals: catalogue-edits.test.ts.
import { describe, expect, it } from 'vitest'
import { draftEvent } from '../test-support/editable-timeline'
import { editableTimelines } from '../test-support/editable-timelines'

const AT = '2026-11-30T09:00:00.000Z'
const LATER = '2026-11-30T10:30:00.000Z'
const { editable, reopen } = editableTimelines()

describe('adding and changing events', () => {
  it('adds an event with a new source in one edit, found by the store and after a restart', async () => {
    const t = await editable()
    const before = t.store.listEvents({}).length
    const outcome = t.editor.saveEvent(
      {
        event: draftEvent({
          claims: [
            draftEvent().claims[0]!,
            {
              claimant: 'Kremlin spokesman',
              sourceId: 'tass',
              reported: '2025-11-26',
              readOn: '2025-11-26',
              text: 'No meeting was planned.',
              isQuote: false,
              status: 'disputed',
            },
          ],
        }),
        newSources: [{ id: 'tass', name: 'TASS', kind: 'news-outlet' }],
        newActors: [],
      },
      AT,
    )
    expect(outcome).toEqual({
      label: 'Add event “Envoys meet in Abu Dhabi”',
      eventId: 'envoys-meet-in-abu-dhabi',
      // A new source came with it: the panels read the sources again.
      catalogueChanged: true,
      state: { undoLabel: 'Add event “Envoys meet in Abu Dhabi”', redoLabel: null },
      // The event as saved, for the details to show with the answer.
      event: t.store.getEvent('envoys-meet-in-abu-dhabi'),
    })
    expect(t.store.listEvents({}).length).toBe(before + 1)
    expect(t.store.listEvents({ text: 'abu dhabi' }).map((e) => e.id)).toEqual([
      'envoys-meet-in-abu-dhabi',
    ])
    expect(t.store.getEvent('envoys-meet-in-abu-dhabi').claims[1]!.source.name).toBe('TASS')

    const again = reopen(t)
    expect(again.store.getEvent('envoys-meet-in-abu-dhabi').claims).toHaveLength(2)
    expect(again.store.sources().map((s) => s.id)).toContain('tass')
  })

  it('gives a second event of the same title an id of its own', async () => {
    const t = await editable()
    const first = t.editor.saveEvent({ event: draftEvent(), newSources: [], newActors: [] }, AT)
    const second = t.editor.saveEvent({ event: draftEvent(), newSources: [], newActors: [] }, AT)
    expect([first.eventId, second.eventId]).toEqual([
      'envoys-meet-in-abu-dhabi',
      'envoys-meet-in-abu-dhabi-2',
    ])
  })

  it('records when a claim went from reported to denied, field by field', async () => {
    const t = await editable()
    const { eventId } = t.editor.saveEvent(
      { event: draftEvent(), newSources: [], newActors: [] },
      AT,
    )
    const denied = draftEvent()
    denied.claims[0] = { ...denied.claims[0]!, status: 'denied' }
    t.editor.saveEvent({ id: eventId!, event: denied, newSources: [], newActors: [] }, LATER)

    expect(t.editor.eventHistory(eventId!)).toEqual([
      {
        seq: 2,
        at: LATER,
        label: 'Edit event “Envoys meet in Abu Dhabi”',
        action: 'changed',
        changes: [{ field: 'Claim 1 status', before: 'reported', after: 'denied' }],
      },
      {
        seq: 1,
        at: AT,
        label: 'Add event “Envoys meet in Abu Dhabi”',
        action: 'created',
        changes: [],
      },
    ])
  })

  it('names a changed track, actor and source by their names', async () => {
    const t = await editable()
    const { eventId } = t.editor.saveEvent(
      { event: draftEvent(), newSources: [], newActors: [] },
      AT,
    )
    const moved = draftEvent({ track: 'russia', actors: [{ actorId: 'witkoff', role: 'envoy' }] })
    t.editor.saveEvent({ id: eventId!, event: moved, newSources: [], newActors: [] }, LATER)
    expect(t.editor.eventHistory(eventId!)[0]!.changes).toEqual([
      { field: 'Track', before: 'United States', after: 'Russia' },
      { field: 'Actors', before: 'Daniel Driscoll (envoy)', after: 'Steve Witkoff (envoy)' },
    ])
  })

  it('saves an untouched form without an edit to undo', async () => {
    const t = await editable()
    const { eventId } = t.editor.saveEvent(
      { event: draftEvent(), newSources: [], newActors: [] },
      AT,
    )
    t.editor.saveEvent({ id: eventId!, event: draftEvent(), newSources: [], newActors: [] }, LATER)
    expect(t.editor.eventHistory(eventId!)).toHaveLength(1)
  })

  it('deletes an event as one undoable edit', async () => {
    const t = await editable()
    const outcome = t.editor.deleteEvent('alaska-summit', AT)
    expect(outcome.label).toMatch(/^Delete event “/)
    expect(t.store.title('alaska-summit')).toBeUndefined()
    t.editor.undo()
    expect(t.store.getEvent('alaska-summit').id).toBe('alaska-summit')
  })
})

describe('undo and redo', () => {
  it('undoes and redoes a claim’s change, and History follows', async () => {
    const t = await editable()
    const { eventId } = t.editor.saveEvent(
      { event: draftEvent(), newSources: [], newActors: [] },
      AT,
    )
    const denied = draftEvent()
    denied.claims[0] = { ...denied.claims[0]!, status: 'denied' }
    t.editor.saveEvent({ id: eventId!, event: denied, newSources: [], newActors: [] }, LATER)

    const undone = t.editor.undo()
    expect(undone.eventId).toBe(eventId)
    expect(undone.state.redoLabel).toBe('Edit event “Envoys meet in Abu Dhabi”')
    expect(t.store.getEvent(eventId!).claims[0]!.status).toBe('reported')
    expect(t.editor.eventHistory(eventId!).map((h) => h.action)).toEqual(['created'])

    t.editor.redo()
    expect(t.store.getEvent(eventId!).claims[0]!.status).toBe('denied')
    expect(t.editor.eventHistory(eventId!).map((h) => h.action)).toEqual(['changed', 'created'])
  })

  it('keeps undo and redo across a restart, for at least the last 200 edits', async () => {
    const t = await editable()
    const { eventId } = t.editor.saveEvent(
      { event: draftEvent(), newSources: [], newActors: [] },
      AT,
    )
    for (let i = 1; i <= 200; i += 1) {
      t.editor.saveEvent(
        {
          id: eventId!,
          event: draftEvent({ title: `Envoys meet, take ${i}` }),
          newSources: [],
          newActors: [],
        },
        AT,
      )
    }
    let again = reopen(t)
    expect(again.editor.editState().undoLabel).toBe('Edit event “Envoys meet, take 200”')
    for (let i = 0; i < 200; i += 1) again.editor.undo()
    expect(again.store.getEvent(eventId!).title).toBe('Envoys meet in Abu Dhabi')
    again = reopen(again)
    expect(again.editor.editState().redoLabel).toBe('Edit event “Envoys meet, take 1”')
    again.editor.redo()
    expect(again.store.getEvent(eventId!).title).toBe('Envoys meet, take 1')
  })

  it('drops what could be redone once a new edit is made', async () => {
    const t = await editable()
    t.editor.saveEvent({ event: draftEvent(), newSources: [], newActors: [] }, AT)
    t.editor.undo()
    t.editor.saveEvent(
      { event: draftEvent({ title: 'Another meeting' }), newSources: [], newActors: [] },
      AT,
    )
    expect(t.editor.editState()).toEqual({
      undoLabel: 'Add event “Another meeting”',
      redoLabel: null,
    })
    expect(() => t.editor.redo()).toThrow('Nothing to redo.')
  })

  it('says so when there is nothing to undo', async () => {
    const t = await editable()
    expect(() => t.editor.undo()).toThrow('Nothing to undo.')
  })

  it('undoes an event with its new source as one step', async () => {
    const t = await editable()
    const claim = { ...draftEvent().claims[0]!, sourceId: 'tass' }
    t.editor.saveEvent(
      {
        event: draftEvent({ claims: [claim] }),
        newSources: [{ id: 'tass', name: 'TASS', kind: 'news-outlet' }],
        newActors: [],
      },
      AT,
    )
    t.editor.undo()
    expect(t.store.sources().map((s) => s.id)).not.toContain('tass')
    expect(t.store.title('envoys-meet-in-abu-dhabi')).toBeUndefined()
  })
})
