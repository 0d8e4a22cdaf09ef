// On a full disk an edit and a redo fail with a message the user can read, the timeline in
// memory and on disk stays as it was, and every edit acknowledged before is kept.
import { describe, expect, it } from 'vitest'
import { checkpoint, mountSmallDisk } from '../test-support/small-disk'
import { draftEvent, openEditable, sampleTimelineFile } from '../test-support/editable-timeline'

const AT = '2026-11-30T09:00:00.000Z'
const BULKY = 'A very long record'

/** An event too large to fit in what is left of a full disk. */
function bulky() {
  const claim = draftEvent().claims[0]!
  const event = draftEvent({
    title: BULKY,
    claims: Array.from({ length: 200 }, (_, i) => ({ ...claim, text: `${i} ${'x'.repeat(3990)}` })),
  })
  return { event, newSources: [], newActors: [] }
}

describe('edits on a full disk', () => {
  it('refuse with “The disk is full”, change nothing, and keep what was saved', async () => {
    const mounted = await mountSmallDisk(16384)
    if ('skipped' in mounted) return console.warn(`skipped: ${mounted.skipped}`)
    const { disk } = mounted
    try {
      const path = await sampleTimelineFile(disk.dir)
      const t = openEditable(path)
      const saved = t.editor.saveEvent({ event: draftEvent(), newSources: [], newActors: [] }, AT)
      t.editor.saveEvent(bulky(), AT)
      t.editor.undo()
      const expected = t.store.listEvents({})
      checkpoint(path)
      await disk.fill()

      expect(() => t.editor.redo()).toThrow('The disk is full: the edit was not saved.')
      expect(() => t.editor.saveEvent(bulky(), AT)).toThrow(
        'The disk is full: the edit was not saved.',
      )
      expect(t.store.listEvents({})).toEqual(expected)
      expect(t.editor.editState()).toEqual({
        undoLabel: saved.label,
        redoLabel: `Add event “${BULKY}”`,
      })
      t.close()

      await disk.free()
      const again = openEditable(path)
      expect(again.repository.integrityProblem()).toBeNull()
      expect(again.store.listEvents({})).toEqual(expected)
      expect(again.store.getEvent(saved.eventId!).title).toBe('Envoys meet in Abu Dhabi')
      again.editor.redo()
      expect(again.store.title('a-very-long-record')).toBe(BULKY)
      again.close()
    } finally {
      await disk.unmount()
    }
  })
})
