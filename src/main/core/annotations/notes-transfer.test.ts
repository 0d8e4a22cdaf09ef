import { describe, expect, it } from 'vitest'
import type { Annotation } from '../../../shared/annotations'
import { buildNotesExport, NotesImportError, parseNotesImport } from './notes-transfer'

const note: Annotation = {
  id: '6c1d1f3e-2b7a-4c1e-8f3d-9a0b1c2d3e4f',
  eventId: 'alaska-summit',
  eventTitle: 'Old title',
  text: 'Примітка: Türkiye & Erdoğan',
  createdAt: '2026-11-20T10:00:00.000Z',
  updatedAt: '2026-11-21T10:00:00.000Z',
}

describe('notes export and import', () => {
  it('exports every note with the event’s current title, and reads it back unchanged', () => {
    const exported = buildNotesExport(
      [note],
      (id) => (id === 'alaska-summit' ? 'Trump and Putin hold a summit in Alaska' : undefined),
      new Date('2026-11-23T12:00:00Z'),
    )
    expect(exported.annotations[0]?.eventTitle).toBe('Trump and Putin hold a summit in Alaska')
    expect(parseNotesImport(JSON.stringify(exported), 'notes.json')).toEqual(exported)
  })

  it('keeps the remembered title for a note whose event is gone', () => {
    const exported = buildNotesExport([note], () => undefined, new Date())
    expect(exported.annotations[0]?.eventTitle).toBe('Old title')
  })

  it.each([
    ['{"format": ', /notes\.json is not valid JSON/],
    ['[]', /notes\.json is not a notes export: \(whole file\)/],
    [
      JSON.stringify({
        format: 'diplomatic-timeline-notes',
        schemaVersion: 1,
        exportedAt: '2026-11-23T12:00:00Z',
        annotations: [{ ...note, text: '' }],
      }),
      /annotations\[0\]\.text: a note cannot be empty/,
    ],
  ])('refuses a bad file, naming the file and the field: %s', (text, message) => {
    expect(() => parseNotesImport(text, 'notes.json')).toThrow(NotesImportError)
    expect(() => parseNotesImport(text, 'notes.json')).toThrow(message)
  })
})
