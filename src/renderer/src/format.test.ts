import { beforeAll, describe, expect, it, vi } from 'vitest'
import type * as Format from './format'

let format: typeof Format

beforeAll(async () => {
  // The reader of the e2e tests and of the screenshots: British English.
  vi.stubGlobal('navigator', { language: 'en-GB' })
  format = await import('./format')
})

describe('the dates of the header and the panels, beside the event dates', () => {
  it('writes a window of days as the list writes a day ("Sep", not Intl\'s "Sept")', () => {
    expect(format.formatRange(new Date(2025, 8, 11), new Date(2025, 10, 21))).toBe(
      '11 Sep 2025 – 21 Nov 2025',
    )
    expect(format.formatRange(new Date(2025, 8, 11), new Date(2025, 10, 21))).toContain(
      format.displayDate({ start: '2025-09-11', precision: 'day' }).text,
    )
  })

  it('writes a window shorter than three days to the minute', () => {
    expect(format.formatRange(new Date(2025, 8, 11, 9, 5), new Date(2025, 8, 12, 18, 30))).toBe(
      '11 Sep 2025, 09:05 – 12 Sep 2025, 18:30',
    )
  })

  it('writes a day and a moment the user wrote something the same way', () => {
    expect(format.formatDay(new Date(2025, 8, 1))).toBe('1 Sep 2025')
    expect(format.formatTimestamp(new Date(2025, 8, 1, 14, 7).toISOString())).toBe(
      '1 Sep 2025, 14:07',
    )
  })
})
