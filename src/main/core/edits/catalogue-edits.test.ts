// The edit service on the timeline's catalogue: merge a duplicate actor, delete a track only
// when unused or after reassigning, rename a source; and refuse what would leave the timeline
// inconsistent, writing nothing.
import { describe, expect, it } from 'vitest'
import { draftEvent } from '../test-support/editable-timeline'
import { editableTimelines } from '../test-support/editable-timelines'

const AT = '2026-11-30T09:00:00.000Z'
const LATER = '2026-11-30T10:30:00.000Z'
const { editable } = editableTimelines()

describe('tracks, actors and sources', () => {
  it('merges a duplicate actor into one, reassigning its events, and undoes the merge', async () => {
    const t = await editable()
    t.editor.saveCatalogueItem(
      { kind: 'actor', actor: { id: 'witkoff-2', name: 'Witkoff', kind: 'person' } },
      AT,
    )
    const { eventId } = t.editor.saveEvent(
      {
        event: draftEvent({ actors: [{ actorId: 'witkoff-2', role: 'envoy' }] }),
        newSources: [],
        newActors: [],
      },
      AT,
    )
    expect(t.editor.catalogueUsage().actor['witkoff-2']).toBe(1)
    const merged = t.editor.removeCatalogueItem(
      { kind: 'actor', id: 'witkoff-2', reassignTo: 'witkoff' },
      LATER,
    )
    expect(merged.label).toBe('Merge actor “Witkoff” into “Steve Witkoff”')
    expect(t.store.getEvent(eventId!).actors.map((a) => a.actor.name)).toEqual(['Steve Witkoff'])
    expect(t.store.actors().map((a) => a.id)).not.toContain('witkoff-2')
    expect(t.editor.eventHistory(eventId!)[0]!.changes).toEqual([
      { field: 'Actors', before: 'witkoff-2 (envoy)', after: 'Steve Witkoff (envoy)' },
    ])
    t.editor.undo()
    expect(t.store.getEvent(eventId!).actors.map((a) => a.actor.name)).toEqual(['Witkoff'])
  })

  it('keeps an actor once when an event had both duplicates', async () => {
    const t = await editable()
    t.editor.saveCatalogueItem(
      { kind: 'actor', actor: { id: 'witkoff-2', name: 'Witkoff', kind: 'person' } },
      AT,
    )
    const actors = [
      { actorId: 'witkoff', role: 'envoy' as const },
      { actorId: 'witkoff-2', role: 'party' as const },
    ]
    const { eventId } = t.editor.saveEvent(
      { event: draftEvent({ actors }), newSources: [], newActors: [] },
      AT,
    )
    t.editor.removeCatalogueItem({ kind: 'actor', id: 'witkoff-2', reassignTo: 'witkoff' }, AT)
    expect(t.store.getEvent(eventId!).actors.map((a) => [a.actor.id, a.role])).toEqual([
      ['witkoff', 'envoy'],
    ])
  })

  it('deletes a track only when no event uses it, or after reassigning its events', async () => {
    const t = await editable()
    const used = t.editor.catalogueUsage().track['mediators']!
    expect(used).toBeGreaterThan(0)
    expect(() => t.editor.removeCatalogueItem({ kind: 'track', id: 'mediators' }, AT)).toThrow(
      `The track “Mediators (Qatar, Türkiye)” is used by ${used} events: reassign them to another track first.`,
    )
    expect(t.store.tracks().map((tr) => tr.id)).toContain('mediators')
    t.editor.removeCatalogueItem({ kind: 'track', id: 'mediators', reassignTo: 'europe-uk' }, AT)
    expect(t.store.tracks().map((tr) => tr.id)).not.toContain('mediators')
    expect(t.store.listEvents({ tracks: ['mediators'] })).toEqual([])
    t.editor.saveCatalogueItem(
      { kind: 'track', track: { id: 'gulf', label: 'Gulf', colour: '#336699' } },
      AT,
    )
    expect(t.store.tracks().at(-1)).toEqual({ id: 'gulf', label: 'Gulf', colour: '#336699' })
    t.editor.removeCatalogueItem({ kind: 'track', id: 'gulf' }, AT)
    expect(t.store.tracks().map((tr) => tr.id)).not.toContain('gulf')
  })

  it('renames a source, and every claim citing it shows the new name', async () => {
    const t = await editable()
    const outcome = t.editor.saveCatalogueItem(
      { kind: 'source', source: { id: 'nbc-news', name: 'NBC', kind: 'news-outlet' } },
      AT,
    )
    expect(outcome.label).toBe('Rename source “NBC News” to “NBC”')
    const citing = t.store
      .listEvents({})
      .find((e) => t.store.getEvent(e.id).claims.some((c) => c.sourceId === 'nbc-news'))!
    expect(
      t.store.getEvent(citing.id).claims.find((c) => c.sourceId === 'nbc-news')!.source.name,
    ).toBe('NBC')
  })
})

describe('refusals', () => {
  it('refuses what points at nothing, and writes nothing', async () => {
    const t = await editable()
    const before = t.store.listEvents({}).length
    const cases: Array<[Parameters<typeof t.editor.saveEvent>[0], string]> = [
      [
        { event: draftEvent({ track: 'nowhere' }), newSources: [], newActors: [] },
        'Track "nowhere" does not exist',
      ],
      [
        {
          event: draftEvent({ actors: [{ actorId: 'nobody', role: 'party' }] }),
          newSources: [],
          newActors: [],
        },
        'Actor 1: "nobody" does not exist',
      ],
      [
        {
          event: draftEvent({ claims: [{ ...draftEvent().claims[0]!, sourceId: 'gone' }] }),
          newSources: [],
          newActors: [],
        },
        'Claim 1: source "gone" does not exist',
      ],
      [
        {
          event: draftEvent(),
          newSources: [{ id: 'nbc-news', name: 'NBC', kind: 'news-outlet' }],
          newActors: [],
        },
        'A new source cannot take the id "nbc-news"',
      ],
      [
        { id: 'no-such-event', event: draftEvent(), newSources: [], newActors: [] },
        'No event with id "no-such-event"',
      ],
      [
        { event: draftEvent({ end: '2025-11-01' }), newSources: [], newActors: [] },
        'end is before start',
      ],
    ]
    for (const [request, message] of cases)
      expect(() => t.editor.saveEvent(request, AT)).toThrow(message)
    expect(t.store.listEvents({}).length).toBe(before)
    expect(t.editor.editState()).toEqual({ undoLabel: null, redoLabel: null })
  })
})
