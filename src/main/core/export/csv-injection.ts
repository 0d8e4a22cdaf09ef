/**
 * CSV injection (OWASP, "CSV Injection"): a spreadsheet runs a cell that begins with `=`, `+`,
 * `-` or `@` as a formula, and a tab or carriage return in front can hide one. Such a cell is
 * written with a single quote in front, which spreadsheets take for "this is text" and do not
 * show. A plain number (`-12.5`) runs nothing and is left as it is, so coordinates stay numbers.
 * A cell that itself begins with a quote gets one more, so that stripping one quote on import
 * (`restoreCsvCell`) gives back exactly what was written, and a spreadsheet shows it whole.
 */
const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r'])
const QUOTE = "'"
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/

export function neutraliseCsvCell(value: string): string {
  const first = value.charAt(0)
  if (first === QUOTE) return QUOTE + value
  if (FORMULA_START.has(first) && !PLAIN_NUMBER.test(value)) return QUOTE + value
  return value
}

/** The inverse, for reading the app's own CSV back: one leading quote is ours, never the user's. */
export function restoreCsvCell(cell: string): string {
  return cell.startsWith(QUOTE) ? cell.slice(1) : cell
}
