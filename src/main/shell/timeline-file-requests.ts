import type { App } from 'electron'
import { timelineFileArgument, timelineFilePath, type ArgvContext } from './timeline-file-argument'

let requested: string | null = null
let opener: ((path: string) => void) | null = null

/** The last `.timeline` file the system asked the app to open before it could open one. */
export function requestedTimelineFile(): string | null {
  return requested
}

/** Takes a request: kept until the app can open files, then opened at once. */
export function onOpenTimelineFile(path: string): void {
  if (opener) opener(path)
  else requested = path
}

/** Once the app is ready: every later request is opened with `open`. */
export function openTimelineFileWith(open: (path: string) => void): void {
  opener = open
  requested = null
}

/**
 * Listens for the `.timeline` files the system asks the app to open: on the command line at
 * start, from a second launch (Windows, Linux: it hands its arguments over and quits) and by
 * `open-file` (macOS, also before the app is ready). Answers false when another instance
 * already runs, so this one should quit.
 */
export function watchTimelineFileRequests(
  app: Pick<App, 'requestSingleInstanceLock' | 'on'>,
  launch: ArgvContext & { argv: readonly string[] },
  onOpen: (path: string) => void,
): boolean {
  if (!app.requestSingleInstanceLock()) return false
  const atStart = timelineFileArgument(launch.argv, launch)
  if (atStart) onOpen(atStart)
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const path = timelineFileArgument(argv, {
      defaultApp: launch.defaultApp,
      cwd: workingDirectory,
    })
    if (path) onOpen(path)
  })
  app.on('open-file', (event, file) => {
    const path = timelineFilePath(file, launch.cwd)
    if (!path) return
    event.preventDefault()
    onOpen(path)
  })
  return true
}
