import { open, stat } from 'node:fs/promises'
import { basename, extname } from 'node:path'

/** The largest file an import reads: ACLED's whole Ukraine data is a fraction of this. */
export const MAX_IMPORT_BYTES = 512 * 1024 * 1024
/** How much of the file is looked at before anything else, to tell text from binary. */
const SNIFF_BYTES = 64 * 1024

/** A file that cannot be imported, named, with the reason; nothing was changed. */
export class ImportFileError extends Error {
  constructor(path: string, reason: string) {
    super(`"${basename(path)}" cannot be imported: ${reason}.`)
  }
}

export interface ImportFile {
  path: string
  name: string
  size: number
  /** When the file was last changed: the date a claim read in the file itself is reported. */
  modified: Date
  format: 'csv' | 'json'
  /** The first bytes, as text (a BOM removed), for the preview's quick look. */
  head: string
}

function describeSize(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit += 1
  }
  return unit === 0 ? `${bytes} bytes` : `${value.toFixed(1)} ${units[unit]}`
}

/** UTF-8 text, or null: a NUL byte or an invalid sequence means a binary file. */
function textOf(bytes: Buffer, whole: boolean): string | null {
  if (bytes.includes(0)) return null
  // A multi-byte character cut at the end of the sniffed part is not an error.
  let end = bytes.length
  if (!whole)
    while (end > 0 && end > bytes.length - 4 && (bytes[end - 1]! & 0xc0) === 0x80) end -= 1
  if (!whole && end > 0 && bytes[end - 1]! >= 0xc0) end -= 1
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end))
  } catch {
    return null
  }
}

/**
 * Checks a file before reading it: its size first (a file over the limit is refused by its
 * size alone), then its first bytes (an empty file, a binary file, UTF-16 text). Answers its
 * format: JSON by its extension or its first character, else CSV.
 */
export async function checkImportFile(path: string): Promise<ImportFile> {
  let info
  try {
    info = await stat(path)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new ImportFileError(path, code === 'ENOENT' ? 'the file no longer exists' : `${code}`)
  }
  if (!info.isFile()) throw new ImportFileError(path, 'it is not a file')
  if (info.size === 0) throw new ImportFileError(path, 'the file is empty (0 bytes)')
  if (info.size > MAX_IMPORT_BYTES) {
    throw new ImportFileError(
      path,
      `it is ${describeSize(info.size)}, and an import reads at most ${describeSize(MAX_IMPORT_BYTES)}; split it into smaller files`,
    )
  }
  const handle = await open(path, 'r')
  let bytes: Buffer
  try {
    const buffer = Buffer.alloc(Math.min(SNIFF_BYTES, info.size))
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0)
    bytes = buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ImportFileError(path, 'it is UTF-16 text; save it as UTF-8 (CSV UTF-8) and try again')
  }
  const text = textOf(bytes, bytes.length === info.size)
  if (text === null) {
    throw new ImportFileError(path, 'it is not a text file (CSV or JSON) but binary data')
  }
  const head = text.replace(/^\uFEFF/, '')
  if (head.trim() === '')
    throw new ImportFileError(path, 'the file holds no data, only blank space')
  const json = extname(path).toLowerCase() === '.json' || /^\s*[[{]/.test(head)
  return {
    path,
    name: basename(path),
    size: info.size,
    modified: info.mtime,
    format: json ? 'json' : 'csv',
    head,
  }
}
