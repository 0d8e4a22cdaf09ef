import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** The PDF's text as poppler's pdftotext reads it, whitespace folded so wrapped lines join. */
export async function pdfText(path: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', path, '-'])
  return stdout.replace(/\s+/g, ' ')
}

/** pdfinfo's fields: Title, Pages, Page size, Tagged, … */
export async function pdfInfo(path: string): Promise<Record<string, string>> {
  const { stdout } = await run('pdfinfo', [path])
  return Object.fromEntries(
    stdout
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1]!.trim(), m[2]!.trim()]),
  )
}

/** pdffonts' rows: each font's name and whether it is embedded. */
export async function pdfFonts(path: string): Promise<Array<{ name: string; embedded: boolean }>> {
  const { stdout } = await run('pdffonts', [path])
  return stdout
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const columns = line.trim().split(/\s+/)
      // The columns after the name: type (one or two words), encoding, emb, sub, uni, object, generation.
      return { name: columns[0]!, embedded: columns.at(-5) === 'yes' }
    })
}
