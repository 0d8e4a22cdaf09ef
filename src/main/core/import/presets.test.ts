import { describe, expect, it } from 'vitest'
import { APP_CSV_COLUMNS } from '../../../shared/exchange-format'
import { detectPreset, guessMapping, PRESET_COLUMNS, presetMapping } from './presets'

describe('presets', () => {
  it.each([
    ['timelinejs', PRESET_COLUMNS.timelinejs],
    ['acled', PRESET_COLUMNS.acled],
    ['preceden', PRESET_COLUMNS.preceden],
    ['app-csv', APP_CSV_COLUMNS],
  ] as const)('chooses %s when the header has its exact columns', (preset, columns) => {
    expect(detectPreset([...columns])).toBe(preset)
    expect(detectPreset([...columns].reverse())).toBe(preset)
  })

  it('has the columns the issue names, in order', () => {
    expect(PRESET_COLUMNS.timelinejs.join(', ')).toBe(
      'Year, Month, Day, Time, End Year, End Month, End Day, End Time, Display Date, Headline, Text, Media, Media Credit, Media Caption, Media Thumbnail, Type, Group, Background',
    )
    expect(PRESET_COLUMNS.preceden.join(', ')).toBe(
      'Layer Name, ID, Name, Notes, Start, Start approximate, End, End approximate, Milestone, Symbol, Color',
    )
    expect(PRESET_COLUMNS.acled).toHaveLength(31)
  })

  it('finds a preset whatever the case, with extra columns', () => {
    expect(detectPreset([...PRESET_COLUMNS.acled.map((c) => c.toUpperCase()), 'extra'])).toBe(
      'acled',
    )
  })

  it('chooses none when a column is missing, and guesses a mapping from the names', () => {
    const header = ['Date', 'Headline', 'Description', 'Country', 'Source', 'Category', 'Link']
    expect(detectPreset(header)).toBeNull()
    expect(guessMapping(header)).toEqual({
      preset: 'custom',
      columns: {
        title: 'Headline',
        start: 'Date',
        summary: 'Description',
        placeCountry: 'Country',
        source: 'Source',
        url: 'Link',
      },
      groupBy: 'Category',
    })
  })

  it('groups ACLED rows by event type unless the user chooses another column', () => {
    expect(presetMapping('acled', PRESET_COLUMNS.acled)).toEqual({
      preset: 'acled',
      columns: {},
      groupBy: 'event_type',
    })
  })
})
