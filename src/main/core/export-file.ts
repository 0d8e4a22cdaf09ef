import { describeFileWriteFailure, writeFileDurably } from './durable-file-write'

/**
 * Writes a file the user asked for (a PDF, a notes export) whole, verified and synced, so a
 * failure (no permission, a full disk, a short write) leaves no partial file and any old file
 * untouched, and is reported: never "Saved".
 */
export async function writeExportFile(path: string, data: string | Uint8Array): Promise<void> {
  try {
    await writeFileDurably(path, data)
  } catch (error) {
    throw new Error(
      `Could not save ${path}: ${describeFileWriteFailure(error)}. Nothing was written.`,
      { cause: error },
    )
  }
}
