import { constants } from 'node:fs'
import { access, open } from 'node:fs/promises'
import { basename } from 'node:path'
import { TIMELINE_APPLICATION_ID, TIMELINE_DATABASE } from './timeline-schema'

/** A file that cannot be opened as a timeline; the message names the file and says why. */
export class TimelineFileError extends Error {
  constructor(
    readonly path: string,
    reason: string,
    options?: ErrorOptions,
  ) {
    super(`"${basename(path)}" could not be opened: ${reason}.`, options)
  }
}

const SQLITE_MAGIC = 'SQLite format 3\u0000'
const HEADER_SIZE = 100

export interface FileCheck {
  /** False when the file or its folder cannot be written: the timeline opens read-only. */
  writable: boolean
}

/**
 * Reads a file's 100-byte SQLite header before SQLite ever opens it, so a file that is not a
 * timeline (a PDF, random bytes, an empty file, a newer timeline) is refused untouched with
 * a reason, and never turned into an empty database by opening it.
 */
export async function checkTimelineFile(path: string): Promise<FileCheck> {
  let header: Buffer
  try {
    const handle = await open(path, 'r')
    try {
      header = Buffer.alloc(HEADER_SIZE)
      const { bytesRead } = await handle.read(header, 0, HEADER_SIZE, 0)
      header = header.subarray(0, bytesRead)
    } finally {
      await handle.close()
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT')
      throw new TimelineFileError(path, 'the file no longer exists', { cause: error })
    if (code === 'EISDIR')
      throw new TimelineFileError(path, 'it is a folder, not a file', { cause: error })
    if (code === 'EACCES' || code === 'EPERM')
      throw new TimelineFileError(path, 'you do not have permission to read it', { cause: error })
    throw new TimelineFileError(path, `it cannot be read (${code ?? String(error)})`, {
      cause: error,
    })
  }
  if (header.length === 0) throw new TimelineFileError(path, 'the file is empty (0 bytes)')
  if (header.length < HEADER_SIZE || header.toString('latin1', 0, 16) !== SQLITE_MAGIC) {
    throw new TimelineFileError(path, 'it is not a timeline file (it is not a SQLite database)')
  }
  const applicationId = header.readUInt32BE(68)
  if (applicationId !== TIMELINE_APPLICATION_ID) {
    throw new TimelineFileError(path, 'it is a SQLite database, but not a timeline of this app')
  }
  const version = header.readUInt32BE(60)
  const latest = TIMELINE_DATABASE.migrations.length
  if (version > latest) {
    throw new TimelineFileError(
      path,
      `it was made by a newer version of the app (format ${version}; this version reads up to ${latest})`,
    )
  }
  const writable = await access(path, constants.W_OK).then(
    () => true,
    () => false,
  )
  return { writable }
}
