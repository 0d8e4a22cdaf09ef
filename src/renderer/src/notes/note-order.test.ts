import { describe, expect, it } from 'vitest'
import type { Annotation } from '../../../shared/annotations'
import { withSavedNote } from './note-order'

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
})
