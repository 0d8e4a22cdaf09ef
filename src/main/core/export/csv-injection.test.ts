import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { neutraliseCsvCell, restoreCsvCell } from './csv-injection'

describe('neutraliseCsvCell', () => {
  it('puts a quote before a cell a spreadsheet would run as a formula', () => {
    expect(neutraliseCsvCell('=HYPERLINK("http://evil.example","Click")')).toBe(
      `'=HYPERLINK("http://evil.example","Click")`,
    )
    expect(neutraliseCsvCell('+1+cmd|" /C calc"!A0')).toBe(`'+1+cmd|" /C calc"!A0`)
    expect(neutraliseCsvCell('-2+3+cmd|" /C calc"!A0')).toBe(`'-2+3+cmd|" /C calc"!A0`)
    expect(neutraliseCsvCell('@SUM(1+9)*cmd|" /C calc"!A0')).toBe(`'@SUM(1+9)*cmd|" /C calc"!A0`)
    expect(neutraliseCsvCell('\t=1+1')).toBe(`'\t=1+1`)
    expect(neutraliseCsvCell('\r=1+1')).toBe(`'\r=1+1`)
  })

  it('leaves ordinary text, dates and plain numbers as they are', () => {
    for (const cell of ['Kremlin', 'Київ', 'Erdoğan', '2025-11-21', '', '12', '-33.8688', '3 = 3'])
      expect(neutraliseCsvCell(cell)).toBe(cell)
  })

  it('doubles a leading quote, so that reading it back is exact', () => {
    expect(neutraliseCsvCell("'Twas")).toBe("''Twas")
    expect(restoreCsvCell(neutraliseCsvCell("'=1"))).toBe("'=1")
  })

  it('is undone by restoreCsvCell for any text, and never leaves a formula start', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const written = neutraliseCsvCell(text)
        expect(restoreCsvCell(written)).toBe(text)
        const runnable = /^[=+\-@\t\r]/.test(written) && !/^-?\d+(\.\d+)?$/.test(written)
        expect(runnable).toBe(false)
      }),
    )
  })
})
