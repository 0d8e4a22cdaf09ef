// After any run of edits, undos and redos, the store kept in step in memory answers exactly as
// a store freshly opened on the file: the same events, in the same time order, in every window.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { FileEventStore } from '../event-store/file-event-store'
import {
  draftEvent,
  draftOf,
  openEditable,
  sampleTimelineFile,
} from '../test-support/editable-timeline'

const STARTS = ['2025-08-15', '2025-11-20', '2025-11-21', '2026-01-01']

type Step =
  | { op: 'add'; start: string; title: string }
  | { op: 'move'; pick: number; start: string }
  | { op: 'delete'; pick: number }
  | { op: 'retitle'; pick: number; title: string }
  | { op: 'undo' }
  | { op: 'redo' }

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({
    op: fc.constant('add' as const),
    start: fc.constantFrom(...STARTS),
    title: fc.constantFrom('A meeting', 'Zeta talks', 'Alpha call'),
  }),
  fc.record({
    op: fc.constant('move' as const),
    pick: fc.nat(),
    start: fc.constantFrom(...STARTS),
  }),
  fc.record({ op: fc.constant('delete' as const), pick: fc.nat() }),
  fc.record({
    op: fc.constant('retitle' as const),
    pick: fc.nat(),
    title: fc.constantFrom('A meeting renamed', 'Quiet talks'),
  }),
  fc.record({ op: fc.constant('undo' as const) }),
  fc.record({ op: fc.constant('redo' as const) }),
)

describe('edits keep the in-memory store in step with the file', () => {
  it('answers as a store opened afresh, after any edits', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        const t = openEditable(await sampleTimelineFile())
        try {
          for (const s of steps) {
            const ids = t.store.listEvents({}).map((e) => e.id)
            // Asked before each step, so a stale answer kept across an edit would show.
            t.store.listEvents({ text: 'meeting' })
            t.store.window({ query: {}, widthPx: 900 })
            try {
              if (s.op === 'add') {
                t.editor.saveEvent(
                  {
                    event: draftEvent({ title: s.title, start: s.start }),
                    newSources: [],
                    newActors: [],
                  },
                  '2026-11-30T09:00:00.000Z',
                )
              } else if (s.op === 'move' && ids.length > 0) {
                const id = ids[s.pick % ids.length]!
                const event = draftOf(t.repository.editTables().event(id)!)
                const moved = { ...event, start: s.start, precision: 'day' as const }
                delete moved.end
                t.editor.saveEvent(
                  { id, event: moved, newSources: [], newActors: [] },
                  '2026-11-30T09:00:00.000Z',
                )
              } else if (s.op === 'retitle' && ids.length > 0) {
                const id = ids[s.pick % ids.length]!
                const event = draftOf(t.repository.editTables().event(id)!)
                t.editor.saveEvent(
                  { id, event: { ...event, title: s.title }, newSources: [], newActors: [] },
                  '2026-11-30T09:00:00.000Z',
                )
              } else if (s.op === 'delete' && ids.length > 0) {
                t.editor.deleteEvent(ids[s.pick % ids.length]!, '2026-11-30T09:00:00.000Z')
              } else if (s.op === 'undo') t.editor.undo()
              else if (s.op === 'redo') t.editor.redo()
            } catch (error) {
              if (!/Nothing to (undo|redo)/.test((error as Error).message)) throw error
            }
          }
          const fresh = new FileEventStore(
            t.path,
            t.repository.queries(),
            t.repository.readCatalogue(),
            () => t.repository.readData(),
          )
          expect(t.store.listEvents({})).toEqual(fresh.listEvents({}))
          const window = {
            query: {},
            start: '2025-11-01T00:00:00Z',
            end: '2025-12-01T00:00:00Z',
            widthPx: 900,
          }
          expect(t.store.window(window)).toEqual(fresh.window(window))
          expect(t.store.listEvents({ text: 'meeting' })).toEqual(
            fresh.listEvents({ text: 'meeting' }),
          )
        } finally {
          t.close()
        }
      }),
      { numRuns: 25 },
    )
  }, 120_000)
})
