import { rmSync } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import { basename, extname } from 'node:path'
import type { TimelineEdits } from '../edits/timeline-edits'
import { TimelineFileError } from '../timeline/timeline-file-check'
import type { TimelineRepository } from '../timeline/timeline-repository'
import { describeWriteFailure, isCorruption } from '../sqlite/sqlite-errors'

export const NO_EDITS: Pick<TimelineEdits, 'editState' | 'eventHistory' | 'catalogueUsage'> = {
  editState: () => Promise.resolve({ undoLabel: null, redoLabel: null }),
  eventHistory: () => Promise.resolve([]),
  catalogueUsage: () => Promise.resolve({ track: {}, actor: {}, source: {} }),
}

/** Copies the file as it is; false when it is too damaged to copy whole. */
export function copyWholeFile(repository: TimelineRepository, to: string): boolean {
  try {
    repository.copyTo(to)
    return true
  } catch (error) {
    if (!isCorruption(error)) throw error
    rmSync(to, { force: true })
    return false
  }
}

export function titleFromPath(path: string): string {
  return basename(path, extname(path)) || 'Untitled timeline'
}

/** Builds a new file beside its final place and renames it in, so no partial file is left. */
export async function writeNewTimelineFile(
  openPath: string | null,
  path: string,
  build: (temp: string) => void | Promise<void>,
): Promise<void> {
  if (openPath === path) {
    throw new TimelineFileError(path, 'it is the timeline that is open now; choose another name')
  }
  const temp = `${path}.${process.pid}.partial`
  try {
    await build(temp)
    await rename(temp, path)
  } catch (error) {
    throw new Error(
      `"${basename(path)}" could not be saved: ${describeWriteFailure(error)}. Nothing was written.`,
      { cause: error },
    )
  } finally {
    for (const leftover of [temp, `${temp}-wal`, `${temp}-shm`]) await rm(leftover, { force: true })
  }
}
