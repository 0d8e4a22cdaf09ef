import { setTimeout } from 'node:timers/promises'
import type { App } from 'electron'

/** How long a quit waits for the user's files to close before it goes on all the same. */
const CLOSE_AT_QUIT_MS = 15_000

/**
 * Closes the user's files before the app's process ends: the open timeline and the user's
 * database, once a backup begun of either is done. SQLite then folds each file's write-ahead
 * log into it, so a timeline file copied on its own after the app has quit holds every edit;
 * a process that ended with its connections open left the edits of its last moments in the
 * log beside the file. The quit waits for that, at most `CLOSE_AT_QUIT_MS`.
 */
export function closeFilesOnQuit(app: Pick<App, 'on' | 'quit'>, close: () => Promise<void>): void {
  let closed = false
  let closing: Promise<void> | null = null
  app.on('will-quit', (event) => {
    if (closed) return
    event.preventDefault()
    closing ??= Promise.race([
      close().catch(() => undefined),
      setTimeout(CLOSE_AT_QUIT_MS, undefined, { ref: false }),
    ]).then(() => {
      closed = true
      app.quit()
    })
  })
}
