// An edit that keeps its event's time, track and status checks only that event again against
// the text, tag and actor queries already answered: they must answer as a store opened afresh.
import { afterEach, describe, expect, it } from 'vitest'
import type { EventQuery } from '../../../shared/store'
import {
  draftOf,
  openEditable,
  sampleTimelineFile,
  type EditableTimeline,
} from '../test-support/editable-timeline'
import { FileEventStore } from './file-event-store'

const AT = '2026-11-30T09:00:00.000Z'
const QUERIES: EventQuery[] = [
  { text: 'meeting' },
  { text: 'zebra' },
  { tags: ['zebra-tag'] },
  { tags: ['summit'] },
  { actorIds: ['driscoll'] },
  { text: 'zebra', tags: ['summit'] },
]

let opened: EditableTimeline | null = null
afterEach(() => opened?.close())

function fresh(t: EditableTimeline): FileEventStore {
  return new FileEventStore(t.path, t.repository.queries(), t.repository.readCatalogue(), () =>
    t.repository.readData(),
  )
}

function expectAsFresh(t: EditableTimeline): void {
  const other = fresh(t)
  for (const query of QUERIES) {
    const label = JSON.stringify(query)
    expect(t.store.listEvents(query), label).toEqual(other.listEvents(query))
    const window = { query, widthPx: 900 }
    expect(t.store.window(window), label).toEqual(other.window(window))
  }
}

describe('an edit in place keeps the answered queries right', () => {
  it('brings an event into a query and out of it by its title, tags and actors', async () => {
    const t = openEditable(await sampleTimelineFile())
    opened = t
    const id = t.store.listEvents({})[3]!.id
    const edit = (change: (event: ReturnType<typeof draftOf>) => ReturnType<typeof draftOf>) => {
      const event = change(draftOf(t.repository.editTables().event(id)!))
      t.editor.saveEvent({ id, event, newSources: [], newActors: [] }, AT)
    }
    // Answered first, so the edits below find them kept.
    expectAsFresh(t)
    edit((e) => ({ ...e, title: `${e.title} zebra` }))
    expectAsFresh(t)
    edit((e) => ({ ...e, tags: [...e.tags, 'zebra-tag', 'summit'] }))
    expectAsFresh(t)
    edit((e) => ({ ...e, actors: [...e.actors, { actorId: 'driscoll', role: 'envoy' }] }))
    expectAsFresh(t)
    edit((e) => ({ ...e, title: 'Quiet talks', tags: [], actors: [] }))
    expectAsFresh(t)
    t.editor.undo()
    expectAsFresh(t)
    t.editor.undo()
    t.editor.undo()
    expectAsFresh(t)
  })
})
