import { createReadStream } from 'node:fs'
import { parse, type CsvError } from 'csv-parse'

/** A cell may be large (a 10 MB note is read, then refused by the field's own limit). */
const MAX_RECORD_CHARS = 64 * 1024 * 1024

export type CsvItem =
  { kind: 'row'; line: number; cells: string[] } | { kind: 'bad'; line: number; reason: string }

/** The delimiter the header line uses: a comma, or the semicolon or tab some spreadsheets write. */
export function delimiterOf(firstLine: string): string {
  const counts = [',', ';', '\t'].map((d) => [d, firstLine.split(d).length - 1] as const)
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0]
}

/** The first line of a file's text: the header, to choose the delimiter from. */
export function firstLineOf(head: string): string {
  return head.split(/\r\n|\n|\r/, 1)[0] ?? ''
}

/** How many lines a record's cells span beyond its first (newlines inside quoted cells). */
function extraLines(cells: readonly string[]): number {
  let n = 0
  for (const cell of cells) {
    if (cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) continue
    n += cell.match(/\r\n|\r|\n/g)?.length ?? 0
  }
  return n
}

function describeCsvError(error: CsvError): string {
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return 'a quoted cell is never closed (a " is missing), so the rest of the file cannot be read'
    case 'CSV_INVALID_CLOSING_QUOTE':
      return 'a quoted cell goes on after its closing quote (write "" for a quote inside a cell)'
    case 'CSV_MAX_RECORD_SIZE':
      return `the row is longer than ${MAX_RECORD_CHARS / 1024 / 1024} MB`
    default:
      return error.message
  }
}

/** Reads a CSV file as a stream: its header, then each row with the line it begins on. */
export class CsvRecords {
  private stream: ReturnType<typeof createReadStream> | null = null

  constructor(
    private readonly path: string,
    private readonly delimiter: string,
  ) {}

  /** Bytes of the file read so far, for progress. */
  get bytesRead(): number {
    return this.stream?.bytesRead ?? 0
  }

  /** The header, then every data row; a row csv-parse cannot read comes as `bad`. */
  async *items(): AsyncGenerator<CsvItem | { kind: 'header'; cells: string[] }> {
    const skipped: Array<{ lines: number; reason: string }> = []
    this.stream = createReadStream(this.path, { highWaterMark: 256 * 1024 })
    const parser = this.stream.pipe(
      parse({
        bom: true,
        delimiter: this.delimiter,
        record_delimiter: ['\r\n', '\n', '\r'],
        info: true,
        relax_column_count: true,
        // A quote inside a cell that is not quoted is kept as written, as spreadsheets read it:
        // it made csv-parse skip the row, and report it twice.
        relax_quotes: true,
        skip_empty_lines: true,
        skip_records_with_error: true,
        max_record_size: MAX_RECORD_CHARS,
        on_skip: (error) => {
          if (error) skipped.push({ lines: Number(error.lines), reason: describeCsvError(error) })
          return undefined
        },
      }),
    )
    // csv-parse counts a quoted CRLF as two lines: lines are counted here, and its own count
    // only orders a skipped record among the others and says how many lines it took.
    let nextLine = 1
    let emptyBefore = 0
    let parserLines = 0
    let header = true
    const badBefore = function* (parserLine: number): Generator<CsvItem> {
      while (skipped.length > 0 && skipped[0]!.lines < parserLine) {
        const bad = skipped.shift()!
        yield { kind: 'bad', line: nextLine, reason: bad.reason }
        nextLine += Math.max(1, bad.lines - parserLines)
        parserLines = bad.lines
      }
    }
    try {
      for await (const item of parser as AsyncIterable<{
        record: string[]
        info: { empty_lines: number; lines: number }
      }>) {
        yield* badBefore(item.info.lines)
        const line = nextLine + (item.info.empty_lines - emptyBefore)
        emptyBefore = item.info.empty_lines
        parserLines = item.info.lines
        nextLine = line + 1 + extraLines(item.record)
        if (header) {
          header = false
          yield { kind: 'header', cells: item.record }
        } else yield { kind: 'row', line, cells: item.record }
      }
      yield* badBefore(Infinity)
    } finally {
      this.stream.destroy()
    }
  }
}
