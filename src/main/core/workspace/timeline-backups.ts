import type { CallQuiet } from '../call-quiet'
import type { BackupOutcome } from '../sqlite/database-backups'
import { scheduleTimelineBackup, type ScheduledBackup } from './backup-schedule'

/** Saves to the open timeline (edits, undos, documents) between two of its backups. */
export const TIMELINE_SAVES_PER_BACKUP = 50

/** Backs the open timeline up, or says it was not backed up (null): see `TimelineBackups`. */
export type BackUpTimeline = () => Promise<BackupOutcome | null>

/**
 * The backups of the open timeline file: one a little after it opens, and one after every
 * `TIMELINE_SAVES_PER_BACKUP` saves, each once the renderer's calls pause (copying a large
 * file competes with the user's work for the disk). Backups run one at a time; a backup asked
 * for while another waits to begin takes its place, since it copies all the other would.
 */
export class TimelineBackups {
  private backUp: BackUpTimeline | null = null
  private saves = 0
  private waiting: ScheduledBackup | null = null
  private last: Promise<BackupOutcome | null> = Promise.resolve(null)

  constructor(
    private readonly openDelayMs: number,
    private readonly quiet: CallQuiet | undefined,
  ) {}

  /** Resolves, once every backup asked for so far is done, with the latest one's outcome. */
  get done(): Promise<BackupOutcome | null> {
    return this.last
  }

  /** A timeline was opened (null: one that is not backed up, like the sample). */
  opened(backUp: BackUpTimeline | null): void {
    this.waiting?.cancel()
    this.backUp = backUp
    this.saves = 0
    if (backUp) this.ask(this.openDelayMs)
  }

  /** One more save to the open timeline was acknowledged. */
  saved(): void {
    if (!this.backUp) return
    this.saves += 1
    if (this.saves % TIMELINE_SAVES_PER_BACKUP === 0) this.ask(0)
  }

  /** Calls off a backup that has not begun; resolves once one that has begun is done. */
  async stop(): Promise<void> {
    this.waiting?.cancel()
    this.backUp = null
    await this.last
  }

  private ask(delayMs: number): void {
    const backUp = this.backUp
    if (!backUp) return
    this.waiting?.cancel()
    const before = this.last
    const scheduled = scheduleTimelineBackup(
      async () => {
        await before
        return backUp()
      },
      delayMs,
      this.quiet,
    )
    this.waiting = scheduled
    this.last = Promise.all([before, scheduled.done]).then(([earlier, now]) => now ?? earlier)
  }
}
