// Property tests: any file offered to "Import notes" is either read or refused with a
// NotesImportError that names the file (and the field, when it is JSON) — nothing else.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { NotesImportError, parseNotesImport } from './notes-transfer'

const RUNS = 1000

const validExport = {
  format: 'diplomatic-timeline-notes',
  schemaVersion: 1,
  exportedAt: '2026-11-23T12:00:00.000Z',
  annotations: [
    {
      id: '7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d',
      eventId: 'alaska-summit',
      eventTitle: 'Alaska',
      text: 'Примітка',
      createdAt: '2026-11-20T10:00:00.000Z',
      updatedAt: '2026-11-20T10:00:00.000Z',
    },
  ],
}

function attempt(text: string) {
  try {
    parseNotesImport(text, 'shared-notes.json')
    return null
  } catch (error) {
    return error
  }
}

describe('"Import notes", fuzzed', () => {
  it(`refuses random text and random JSON with a message naming the file (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.jsonValue().map((v) => JSON.stringify(v) ?? 'null'),
        ),
        (text) => {
          const error = attempt(text)
          expect(error).toBeInstanceOf(NotesImportError)
          expect((error as Error).message).toMatch(/^shared-notes\.json /)
          expect((error as Error).message).toMatch(/nothing was imported\.$/)
        },
      ),
      { numRuns: RUNS },
    )
  })

  it(`reads a mutated export or names the field it refuses (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'format',
          'schemaVersion',
          'exportedAt',
          'annotations',
          'id',
          'eventId',
          'text',
          'createdAt',
        ),
        fc.jsonValue({ maxDepth: 1 }),
        (key, value) => {
          const document = structuredClone(validExport) as Record<string, unknown>
          const note = (document['annotations'] as Array<Record<string, unknown>>)[0]!
          const inNote = key in note
          if (inNote) note[key] = value
          else document[key] = value
          const error = attempt(JSON.stringify(document))
          if (error === null) return
          expect(error).toBeInstanceOf(NotesImportError)
          const field = inNote ? `annotations[0].${key}` : key
          expect((error as Error).message).toContain(
            `shared-notes.json is not a notes export: ${field}`,
          )
        },
      ),
      { numRuns: RUNS },
    )
  })
})
