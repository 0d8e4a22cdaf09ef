// An edit that keeps its event's time, track and status checks only that event again against
// the text, tag and actor queries already answered: they must answer as a store opened afresh.
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { EventQuery } from '../../../shared/store'
import {
  draftOf,
  openEditable,
  sampleTimelineFile,
  type EditableTimeline,
} from '../test-support/editable-timeline'
import { TimelineQueries } from '../timeline/timeline-queries'
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

type Draft = ReturnType<typeof draftOf>

/** The sample's fourth event, and a way to edit it in place. */
async function editingOneEvent() {
  const t = openEditable(await sampleTimelineFile())
  opened = t
  const id = t.store.listEvents({})[3]!.id
  const edit = (change: (event: Draft) => Draft) => {
    const event = change(draftOf(t.repository.editTables().event(id)!))
    t.editor.saveEvent({ id, event, newSources: [], newActors: [] }, AT)
  }
  return { t, edit }
}

describe('an edit in place keeps the answered queries right', () => {
  it('brings an event into a query and out of it by its title, tags and actors', async () => {
    const { t, edit } = await editingOneEvent()
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

  it('checks edits made while a query was not asked once it is asked again', async () => {
    const { t, edit } = await editingOneEvent()
    expectAsFresh(t)
    edit((e) => ({ ...e, title: `${e.title} zebra` }))
    edit((e) => ({ ...e, tags: [...e.tags, 'zebra-tag', 'summit'] }))
    edit((e) => ({ ...e, actors: [...e.actors, { actorId: 'driscoll', role: 'envoy' }] }))
    expectAsFresh(t)
    edit((e) => ({ ...e, title: 'Quiet talks' }))
    t.editor.undo()
    t.editor.undo()
    expectAsFresh(t)
  })

  it('searches the text index for an edited event only when a text query is asked', async () => {
    const { t, edit } = await editingOneEvent()
    expectAsFresh(t)
    const searched = vi.spyOn(TimelineQueries.prototype, 'seqsWithWord')
    try {
      edit((e) => ({ ...e, title: `${e.title} zebra` }))
      expect(searched).not.toHaveBeenCalled()
      const zebra = t.store.listEvents({ text: 'zebra' })
      expect(searched).toHaveBeenCalledTimes(1)
      expect(zebra.map((event) => event.title)).toContainEqual(expect.stringMatching(/zebra$/))
    } finally {
      searched.mockRestore()
    }
  })
})
