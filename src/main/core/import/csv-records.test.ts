// Reading CSV as a stream: a BOM, Windows line endings, newlines inside quoted cells, and the
// line each row begins on, as a text editor counts it.
import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CsvRecords, delimiterOf } from './csv-records'

async function read(text: string) {
  const path = join(await mkdtemp(join(tmpdir(), 'csv-records-')), 'file.csv')
  await writeFile(path, text)
  const items = []
  for await (const item of new CsvRecords(path, delimiterOf(text.split(/\r?\n/)[0]!)).items())
    items.push(item)
  return items
}

describe('CSV records', () => {
  for (const [name, newline] of [
    ['Unix', '\n'],
    ['Windows', '\r\n'],
  ] as const) {
    it(`numbers the lines of rows with quoted newlines (${name} line endings)`, async () => {
      const text = [
        '\uFEFFtitle,notes',
        'A,"one',
        'two"',
        '',
        'B,plain',
        'C,"x',
        'y',
        'z"',
        'D,end',
      ].join(newline)
      expect(await read(text)).toEqual([
        { kind: 'header', cells: ['title', 'notes'] },
        { kind: 'row', line: 2, cells: ['A', `one${newline}two`] },
        { kind: 'row', line: 5, cells: ['B', 'plain'] },
        { kind: 'row', line: 6, cells: ['C', `x${newline}y${newline}z`] },
        { kind: 'row', line: 9, cells: ['D', 'end'] },
      ])
    })
  }

  it('takes the header without its BOM, so the first column keeps its name', async () => {
    const [header] = await read('\uFEFFevent_id_cnty,event_date\nX,2023-02-16\n')
    expect(header).toEqual({ kind: 'header', cells: ['event_id_cnty', 'event_date'] })
  })

  it('reads a semicolon-separated file, as some spreadsheets write CSV', async () => {
    expect((await read('title;start\nA;2025-01-02\n'))[1]).toEqual({
      kind: 'row',
      line: 2,
      cells: ['A', '2025-01-02'],
    })
  })

  it('keeps a quote inside a cell that is not quoted, as a spreadsheet would', async () => {
    const text = [
      'Title,Start,Summary',
      'Good A,2025-11-25,ok',
      'Bad "quote" here,2025-11-26,x',
      'Good B,2025-11-27,ok',
      ',2025-11-28,no title',
    ].join('\n')
    expect(await read(text)).toEqual([
      { kind: 'header', cells: ['Title', 'Start', 'Summary'] },
      { kind: 'row', line: 2, cells: ['Good A', '2025-11-25', 'ok'] },
      { kind: 'row', line: 3, cells: ['Bad "quote" here', '2025-11-26', 'x'] },
      { kind: 'row', line: 4, cells: ['Good B', '2025-11-27', 'ok'] },
      { kind: 'row', line: 5, cells: ['', '2025-11-28', 'no title'] },
    ])
  })

  it('keeps a cell that begins with a quoted word as written, the rows after it in place', async () => {
    const text = ['Title,Start', 'A,2025-11-25', '"B" and more,2025-11-26', 'C,2025-11-27'].join(
      '\n',
    )
    expect(await read(text)).toEqual([
      { kind: 'header', cells: ['Title', 'Start'] },
      { kind: 'row', line: 2, cells: ['A', '2025-11-25'] },
      { kind: 'row', line: 3, cells: ['"B" and more', '2025-11-26'] },
      { kind: 'row', line: 4, cells: ['C', '2025-11-27'] },
    ])
  })

  it('names a row whose quote is never closed, with its line', async () => {
    const items = await read('title,notes\nA,fine\nB,"never closed\nC,lost\n')
    expect(items.slice(1)).toEqual([
      { kind: 'row', line: 2, cells: ['A', 'fine'] },
      {
        kind: 'bad',
        line: 3,
        reason:
          'a quoted cell is never closed (a " is missing), so the rest of the file cannot be read',
      },
    ])
  })
})
