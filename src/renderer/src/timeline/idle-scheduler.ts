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
