import writeFileAtomic from 'write-file-atomic'

/**
 * Writes a file the user asked for: to a temp file beside it, then renamed into place, so a
 * failure (no permission, disk full) leaves no partial file and any old file untouched.
 */
export async function writeExportFile(path: string, data: string | Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(path, typeof data === 'string' ? data : Buffer.from(data), {
      fsync: true,
    })
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const reason =
      code === 'EACCES' || code === 'EPERM'
        ? 'permission denied'
        : code === 'ENOSPC'
          ? 'the disk is full'
          : code === 'ENOENT'
            ? 'the folder does not exist'
            : (error as Error).message
    throw new Error(`Could not save ${path}: ${reason}. Nothing was written.`, { cause: error })
  }
}
