/** SQLite's primary result codes we tell the user about (https://sqlite.org/rescode.html). */
const SQLITE_BUSY = 5
const SQLITE_LOCKED = 6
const SQLITE_READONLY = 8
const SQLITE_IOERR = 10
const SQLITE_CORRUPT = 11
const SQLITE_FULL = 13
const SQLITE_CANTOPEN = 14
const SQLITE_NOTADB = 26

/** The primary result code of an error thrown by `node:sqlite`, if it is one. */
export function sqliteCode(error: unknown): number | null {
  if (typeof error !== 'object' || error === null || !('errcode' in error)) return null
  const code = error.errcode
  // Extended codes carry the primary code in their low byte.
  return typeof code === 'number' ? code & 0xff : null
}

/** A file that is not a database or is damaged: only these are ever taken for corruption. */
export function isCorruption(error: unknown): boolean {
  const code = sqliteCode(error)
  return code === SQLITE_CORRUPT || code === SQLITE_NOTADB
}

/**
 * Why a write failed, in words a person understands. A failed write is never corruption:
 * the disk is full, the file is read-only or locked, or the disk reported an error.
 */
export function describeWriteFailure(error: unknown): string {
  const code = sqliteCode(error)
  const errno = (error as NodeJS.ErrnoException | null)?.code
  if (code === SQLITE_FULL || errno === 'ENOSPC') return 'The disk is full'
  if (code === SQLITE_READONLY || errno === 'EACCES' || errno === 'EPERM' || errno === 'EROFS')
    return 'The file cannot be written (it is read-only or you lack permission)'
  if (code === SQLITE_BUSY || code === SQLITE_LOCKED) return 'The file is locked by another program'
  if (code === SQLITE_CANTOPEN) return 'The file could not be opened for writing'
  if (code === SQLITE_IOERR) return 'The disk reported an error while writing'
  return error instanceof Error ? error.message : String(error)
}

/** A write that did not reach the disk; its message says what was not saved and why. */
export class WriteFailedError extends Error {
  constructor(what: string, cause: unknown) {
    super(`${describeWriteFailure(cause)}: ${what} was not saved.`, { cause })
  }
}
