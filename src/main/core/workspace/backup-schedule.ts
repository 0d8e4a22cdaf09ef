import type { BackupOutcome } from '../sqlite/database-backups'
import type { CallQuiet } from '../call-quiet'

/** The name of a timeline's backup among the work waiting for the calls to pause. */
const TIMELINE_BACKUP_TASK = 'timeline-backup'

/** A backup to come: its outcome (null when it never ran), and how to call it off. */
export interface ScheduledBackup {
  done: Promise<BackupOutcome | null>
  /** Calls the backup off if it has not begun; one that has begun is let finish. */
  cancel(): void
}

/**
 * Backs a timeline up `delayMs` after it opens, at the first pause in the renderer's calls
 * from then (when `quiet` is given): copying the whole file (816 MB at 200,000 events, 3.5 s)
 * fills the disk's queue, and an edit saved meanwhile waited up to 225 ms for its commit to
 * reach the disk.
 */
export function scheduleTimelineBackup(
  backUp: () => Promise<BackupOutcome | null>,
  delayMs: number,
  quiet: CallQuiet | undefined,
): ScheduledBackup {
  let cancel = () => {}
  const done = new Promise<BackupOutcome | null>((resolve) => {
    let begun = false
    const start = () => {
      begun = true
      resolve(backUp())
    }
    const timer = setTimeout(() => {
      if (quiet) quiet.whenQuiet(start, TIMELINE_BACKUP_TASK)
      else start()
    }, delayMs)
    timer.unref()
    cancel = () => {
      if (begun) return
      clearTimeout(timer)
      quiet?.cancel(TIMELINE_BACKUP_TASK)
      resolve(null)
    }
  })
  return { done, cancel }
}
