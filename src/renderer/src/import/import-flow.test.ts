import { describe, expect, it } from 'vitest'
import type { ImportPreview } from '../../../shared/import'
import {
  describeCounts,
  initialChoices,
  whyNotReady,
  withFieldColumn,
  type ImportChoices,
} from './import-flow'

const acled: ImportPreview = {
  importId: '7f1d7f38-5e1f-4a39-9d0c-3a9d0c3a9d0c',
  fileName: 'ukraine.csv',
  size: 2048,
  format: 'csv',
  preset: 'acled',
  header: ['event_id_cnty', 'event_date', 'notes'],
  rows: [['UKR1', '16 May 2025', 'Talks in Istanbul']],
  mapping: { preset: 'acled', columns: {}, groupBy: 'event_type' },
  guessedMapping: {
    preset: 'custom',
    columns: { externalId: 'event_id_cnty', start: 'event_date', summary: 'notes' },
    groupBy: null,
  },
  ambiguousDate: null,
  estimatedRows: 1,
  openTimelineRefusal: null,
}

describe('the Import events dialog’s choices', () => {
  it('imports into the open timeline, unless it cannot take one (the sample)', () => {
    expect(initialChoices(acled).target).toBe('open')
    const refusal = 'The bundled sample cannot be changed: import into a new timeline instead.'
    const sample = { ...acled, openTimelineRefusal: refusal }
    expect(initialChoices(sample).target).toBe('new')
    expect(whyNotReady(sample, { ...initialChoices(sample), target: 'open' })).toBe(refusal)
  })

  it('never reads an ambiguous date until the user says which order the file uses', () => {
    const ambiguous = { ...acled, ambiguousDate: '03/04/2025' }
    const choices = initialChoices(ambiguous)
    expect(whyNotReady(ambiguous, choices)).toBe('Choose how dates such as 03/04/2025 are read.')
    expect(whyNotReady(ambiguous, { ...choices, dateOrder: 'dmy' })).toBeNull()
  })

  it('turns a preset into a custom mapping, from the guessed one, when a field’s column changes', () => {
    const mapping = withFieldColumn(acled.mapping, acled.guessedMapping, 'title', 'notes')
    expect(mapping).toEqual({
      preset: 'custom',
      columns: {
        externalId: 'event_id_cnty',
        start: 'event_date',
        summary: 'notes',
        title: 'notes',
      },
      groupBy: 'event_type',
    })
    expect(
      withFieldColumn(mapping, acled.guessedMapping, 'summary', null).columns,
    ).not.toHaveProperty('summary')
  })

  it('asks for Title and Start before a custom mapping is read', () => {
    const choices: ImportChoices = {
      ...initialChoices(acled),
      mapping: { preset: 'custom', columns: { start: 'event_date' }, groupBy: null },
    }
    expect(whyNotReady(acled, choices)).toBe('Choose the columns for Title and Start.')
  })

  it('says what a check found and what an import did', () => {
    const counts = {
      rows: 1240,
      added: 1234,
      updated: 3,
      unchanged: 0,
      rejected: 3,
      skipped: 0,
      rejectedRows: [],
    }
    expect(describeCounts(counts, false)).toBe(
      '1,234 to add, 3 to update, 0 unchanged, 3 rejected.',
    )
    expect(describeCounts({ ...counts, skipped: 2 }, true)).toBe(
      '1,234 added, 3 updated, 0 unchanged, 3 rejected, 2 not events (passed over).',
    )
  })
})
