import { createHash } from 'node:crypto'

/** A cell the import refuses: the column and the reason, in the words the user reads. */
export class RowProblem extends Error {
  constructor(
    readonly column: string,
    readonly reason: string,
  ) {
    super(reason)
  }
}

/** Quotes a cell's value in a message, cut short when long (a 10 MB cell stays readable). */
export function quoted(value: string): string {
  return `'${value.length > 60 ? `${value.slice(0, 57)}…` : value}'`
}

/** One data row, read by column name. */
export class Row {
  constructor(
    private readonly index: ReadonlyMap<string, number>,
    readonly cells: readonly string[],
  ) {}

  /** The trimmed cell of a column; "" when the file has no such column or the row no such cell. */
  get(column: string | null | undefined): string {
    if (column === null || column === undefined) return ''
    const at = this.index.get(column)
    return at === undefined ? '' : (this.cells[at] ?? '').trim()
  }

  /** A number in range, or undefined when empty. */
  number(column: string | undefined, min: number, max: number, what: string): number | undefined {
    const text = this.get(column)
    if (text === '') return undefined
    const value = Number(text)
    if (!Number.isFinite(value) || !/^[-+]?\d/.test(text))
      throw new RowProblem(column ?? '', `${quoted(text)} is not a number`)
    if (value < min || value > max)
      throw new RowProblem(column ?? '', `${quoted(text)} is not a ${what} (${min} to ${max})`)
    return value
  }
}

/** Builds the rows of a file from its header. */
export function rowsOf(header: readonly string[]): (cells: readonly string[]) => Row {
  const index = new Map<string, number>()
  header.forEach((column, i) => {
    if (!index.has(column)) index.set(column, i)
  })
  return (cells) => new Row(index, cells)
}

/** The names in a list cell ("Reuters; Ukrinform"), trimmed, each once. */
export function listOf(text: string, separators = /;/): string[] {
  return [...new Set(text.split(separators).map((s) => s.trim()))].filter(Boolean)
}

/** Text from a cell that may hold HTML (TimelineJS allows it): the app shows text only. */
export function plainText(text: string): string {
  return text
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim()
}

/** An http(s) address, or undefined: a media cell may hold an embed code instead. */
export function httpUrl(text: string): string | undefined {
  return /^https?:\/\/\S+$/i.test(text) ? text : undefined
}

/**
 * A stable id for a row of a file that gives none (a TimelineJS sheet), from what names the
 * event: importing the same sheet again finds the same events instead of adding them twice.
 */
export function derivedId(prefix: string, ...parts: string[]): string {
  const hash = createHash('sha256').update(parts.join('\u001f')).digest('hex').slice(0, 16)
  return `${prefix}:${hash}`
}
