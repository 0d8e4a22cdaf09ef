import { describe, expect, it } from 'vitest'
import { formatClaimDates, formatEventDate, resolveDateLocale } from './date-display'

const enGB = { locale: resolveDateLocale('en-GB'), readerTimeZone: 'Europe/Kyiv' }

describe('formatEventDate', () => {
  it('shows a day as "15 Aug 2025"', () => {
    const shown = formatEventDate(
      { start: '2025-08-15', precision: 'day', timeZone: 'America/Anchorage' },
      enGB,
    )
    expect(shown.text).toBe('15 Aug 2025')
    expect(shown.eventZone).toBe('GMT-8 (America/Anchorage)')
    expect(shown.readerZone).toBe('EEST (Europe/Kyiv)')
  })

  it('shows a day range within a month compactly', () => {
    const shown = formatEventDate(
      { start: '2025-11-19', end: '2025-11-20', precision: 'day', timeZone: 'Europe/Kyiv' },
      enGB,
    )
    expect(shown.text).toBe('19–20 Nov 2025')
    expect(shown.readerZone).toBeUndefined()
  })

  it('shows an approximate range as part of a month, marked approximate', () => {
    const shown = formatEventDate(
      { start: '2025-10-24', end: '2025-10-26', precision: 'approximate' },
      enGB,
    )
    expect(shown.text).toBe('late Oct 2025 (approx.)')
  })

  it('shows an approximate range across months by month', () => {
    const shown = formatEventDate(
      { start: '2025-10-20', end: '2025-11-20', precision: 'approximate' },
      enGB,
    )
    expect(shown.text).toBe('Oct – Nov 2025 (approx.)')
  })

  it('shows a month without inventing a day', () => {
    const shown = formatEventDate(
      { start: '2025-08-01', end: '2025-08-31', precision: 'month' },
      enGB,
    )
    expect(shown.text).toBe('Aug 2025')
  })

  it('shows an exact time in the place’s zone and the reader’s time beside it', () => {
    const shown = formatEventDate(
      { start: '2025-11-20T14:00:00+02:00', precision: 'exact', timeZone: 'Europe/Kyiv' },
      { locale: resolveDateLocale('en-GB'), readerTimeZone: 'Europe/London' },
    )
    expect(shown.text).toBe('20 Nov 2025, 14:00 EET')
    expect(shown.readerTime).toBe('20 Nov 2025, 12:00 GMT')
  })

  it('follows the reader’s locale', () => {
    const shown = formatEventDate(
      { start: '2025-08-15', precision: 'day' },
      { locale: resolveDateLocale('en-US'), readerTimeZone: 'America/New_York' },
    )
    expect(shown.text).toBe('Aug 15, 2025')
    expect(
      formatEventDate(
        { start: '2025-08-15', precision: 'day' },
        { locale: resolveDateLocale('de-DE'), readerTimeZone: 'Europe/Berlin' },
      ).text,
    ).toBe('15. Aug. 2025')
  })
})

describe('formatClaimDates', () => {
  it('shows the day a source gives for the report, and the day it was read', () => {
    const shown = formatClaimDates({ reported: '2025-11-18', readOn: '2025-11-21' }, enGB)
    expect(shown).toEqual({
      reportedBy: false,
      reportedDay: '18 Nov 2025',
      readDay: '21 Nov 2025',
      text: 'reported 18 Nov 2025 · read 21 Nov 2025',
    })
  })

  it('says "reported by" the day it was read when no source gives the day', () => {
    const shown = formatClaimDates({ readOn: '2025-11-21' }, enGB)
    expect(shown.reportedBy).toBe(true)
    expect(shown.text).toBe('reported by 21 Nov 2025 · read 21 Nov 2025')
  })

  it("speaks the reader's locale", () => {
    const shown = formatClaimDates(
      { reported: '2025-11-18', readOn: '2025-11-21' },
      { locale: resolveDateLocale('en-US'), readerTimeZone: 'America/New_York' },
    )
    expect(shown.text).toBe('reported Nov 18, 2025 · read Nov 21, 2025')
  })
})
