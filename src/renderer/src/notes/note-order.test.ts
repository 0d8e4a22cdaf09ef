import { describe, expect, it } from 'vitest'
import type { Annotation } from '../../../shared/annotations'
import { sameNotes, withoutNote, withSavedNote } from './note-order'

const note = (id: string, createdAt: string, text = id): Annotation => ({
  id,
  eventId: 'alaska-summit',
  eventTitle: 'Alaska',
  text,
  createdAt,
  updatedAt: createdAt,
})

describe('withSavedNote', () => {
  const older = note('00000000-0000-4000-8000-000000000001', '2026-11-01T10:00:00.000Z')
  const newer = note('00000000-0000-4000-8000-000000000002', '2026-11-02T10:00:00.000Z')

  it('puts a new note first, as the main process lists them', () => {
    const added = note('00000000-0000-4000-8000-000000000003', '2026-11-03T10:00:00.000Z')
    expect(withSavedNote([newer, older], added)).toEqual([added, newer, older])
  })

  it('replaces an edited note where it was, keeping the order by when it was written', () => {
    const edited = { ...older, text: 'revised', updatedAt: '2026-11-04T10:00:00.000Z' }
    expect(withSavedNote([newer, older], edited)).toEqual([newer, edited])
  })

  it('puts a restored note back in its place after a delete', () => {
    expect(withSavedNote(withoutNote([newer, older], newer), newer)).toEqual([newer, older])
    expect(withSavedNote(withoutNote([newer, older], older), older)).toEqual([newer, older])
  })
})

describe('withoutNote', () => {
  it('leaves out the deleted note only', () => {
    const kept = note('00000000-0000-4000-8000-000000000001', '2026-11-01T10:00:00.000Z')
    const gone = note('00000000-0000-4000-8000-000000000002', '2026-11-02T10:00:00.000Z')
    expect(withoutNote([gone, kept], gone)).toEqual([kept])
  })
})

describe('sameNotes', () => {
  const a = note('00000000-0000-4000-8000-000000000001', '2026-11-01T10:00:00.000Z')
  const b = note('00000000-0000-4000-8000-000000000002', '2026-11-02T10:00:00.000Z')

  it('is true for the same notes read again, as separate objects', () => {
    expect(sameNotes([b, a], [{ ...b }, { ...a }])).toBe(true)
  })

  it('is false when a note was added, removed, reordered or written again', () => {
    expect(sameNotes([a], [b, a])).toBe(false)
    expect(sameNotes([b, a], [a])).toBe(false)
    expect(sameNotes([b, a], [a, b])).toBe(false)
    expect(sameNotes([a], [{ ...a, text: 'revised' }])).toBe(false)
    expect(sameNotes([a], [{ ...a, updatedAt: '2026-11-05T10:00:00.000Z' }])).toBe(false)
  })
})
