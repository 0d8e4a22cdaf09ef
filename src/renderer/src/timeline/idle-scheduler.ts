import type { IdleScheduler } from './timeline-ports'

/** How long a search must stop changing before the windows around it are asked ahead. */
const QUIET_MS = 300

/** The page's idle time, for asking ahead: after the frame, or after a pause in typing. */
export const pageIdle: IdleScheduler = {
  whenIdle(callback) {
    const handle = requestIdleCallback(() => callback())
    return () => cancelIdleCallback(handle)
  },
  whenQuiet(callback) {
    let cancel = () => window.clearTimeout(timer)
    const timer = window.setTimeout(() => {
      cancel = pageIdle.whenIdle(callback)
    }, QUIET_MS)
    return () => cancel()
  },
}

/** The latest of the tasks handed to it, run once the page is idle (or quiet); the rest dropped. */
export class LatestWhenIdle {
  private cancel: (() => void) | null = null

  constructor(private readonly idle: IdleScheduler) {}

  /** Runs `task` once idle (`quiet`: after a pause in typing too), instead of any still waiting. */
  run(task: () => void, quiet: boolean): void {
    this.stop()
    const due = () => {
      this.cancel = null
      task()
    }
    this.cancel = quiet ? this.idle.whenQuiet(due) : this.idle.whenIdle(due)
  }

  stop(): void {
    this.cancel?.()
    this.cancel = null
  }
}
