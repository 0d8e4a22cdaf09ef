import { describe, expect, it } from 'vitest'
import { readDate } from './import-dates'

describe('dates as files write them', () => {
  it.each([
    ['2023-02-16', { value: '2023-02-16', precision: 'day' }],
    ['16 May 2025', { value: '2025-05-16', precision: 'day' }],
    ['16-May-2025', { value: '2025-05-16', precision: 'day' }],
    ['May 16, 2025', { value: '2025-05-16', precision: 'day' }],
    ['Sept 3, 2025', { value: '2025-09-03', precision: 'day' }],
    ['May 2025', { value: '2025-05-01', precision: 'month' }],
    ['2025-05', { value: '2025-05-01', precision: 'month' }],
    ['2025', { value: '2025-01-01', precision: 'approximate', end: '2025-12-31' }],
    ['2025-11-20T14:00:00+02:00', { value: '2025-11-20T14:00:00+02:00', precision: 'exact' }],
    ['25/04/2025', { value: '2025-04-25', precision: 'day' }],
    ['04/25/2025', { value: '2025-04-25', precision: 'day' }],
    ['05.05.2025', { value: '2025-05-05', precision: 'day' }],
  ])('reads %s', (text, expected) => {
    expect(readDate(text, null)).toEqual({ ok: true, ...expected })
  })

  it.each([
    ['2025-13-01', "'2025-13-01' is not a date"],
    ['2025-02-29', "'2025-02-29' is not a date"],
    ['31 Foo 2025', "'31 Foo 2025' is not a date"],
    ['yesterday', "'yesterday' is not a date"],
    ['03/04/25', "'03/04/25' has a two-digit year: write the year in full"],
    [
      '2025-11-20T14:00',
      "'2025-11-20T14:00' has a time but no UTC offset (write it as e.g. 2025-11-20T14:00:00+02:00)",
    ],
    ['', 'the date is empty'],
  ])('refuses %s, saying why', (text, reason) => {
    expect(readDate(text, null)).toEqual({ ok: false, reason })
  })

  it('never guesses the order of 03/04/2025: it asks, then reads it as told', () => {
    expect(readDate('03/04/2025', null)).toEqual({
      ok: false,
      ambiguous: true,
      reason: "'03/04/2025' could be read day first or month first: choose the order the file uses",
    })
    expect(readDate('03/04/2025', 'dmy')).toMatchObject({ ok: true, value: '2025-04-03' })
    expect(readDate('03/04/2025', 'mdy')).toMatchObject({ ok: true, value: '2025-03-04' })
  })

  it('refuses a date that contradicts the order chosen', () => {
    expect(readDate('25/04/2025', 'mdy')).toEqual({
      ok: false,
      reason: "'25/04/2025' is not a date in month/day/year order",
    })
  })
})
