import fsp from 'node:fs/promises'
import { dirname } from 'node:path'

let tempCounter = 0

/** A write the disk took only part of: the file would be cut short, so it is not kept. */
export class ShortWriteError extends Error {
  constructor(path: string, written: number, expected: number) {
    super(`only ${written} of ${expected} bytes of ${path} reached the disk`)
    Object.assign(this, { code: 'ESHORTWRITE' })
  }
}

/**
 * Writes a whole file durably and verifiably: to a temp file beside it, every byte (a short
 * write is continued, a write that makes no progress is an error), fsync, then its size is
 * checked against what was meant, then it is renamed over the target and the folder is
 * synced. Any failure removes the temp file and leaves the old file untouched.
 */
export async function writeFileDurably(path: string, data: string | Uint8Array): Promise<void> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
  tempCounter += 1
  const temp = `${path}.${process.pid}${String(tempCounter).padStart(4, '0')}`
  try {
    const handle = await fsp.open(temp, 'wx')
    try {
      let offset = 0
      while (offset < bytes.length) {
        const { bytesWritten } = await handle.write(bytes, offset, bytes.length - offset, offset)
        if (bytesWritten <= 0) throw new ShortWriteError(path, offset, bytes.length)
        offset += bytesWritten
      }
      await handle.sync()
    } finally {
      await handle.close()
    }
    const { size } = await fsp.stat(temp)
    if (size !== bytes.length) throw new ShortWriteError(path, size, bytes.length)
    await fsp.rename(temp, path)
  } catch (error) {
    await fsp.rm(temp, { force: true }).catch(() => undefined)
    throw error
  }
  const folder = await fsp.open(dirname(path), 'r')
  try {
    await folder.sync()
  } finally {
    await folder.close()
  }
}

/** Why a file could not be written, in words a person understands. */
export function describeFileWriteFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'permission denied'
  if (code === 'ENOSPC') return 'the disk is full'
  if (code === 'ENOENT') return 'the folder does not exist'
  if (code === 'ESHORTWRITE') return `the disk took only part of it (${(error as Error).message})`
  return error instanceof Error ? error.message : String(error)
}
