import { extname, isAbsolute, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const TIMELINE_EXTENSION = '.timeline'

export interface ArgvContext {
  /** `process.defaultApp`: true when run as `electron <app folder>`, which takes one more argument. */
  defaultApp: boolean
  /** The folder the launch came from; relative paths are resolved against it. */
  cwd: string
}

/**
 * The `.timeline` file a launch asks to open: what Windows and Linux pass on the command line
 * when the user double-clicks one (Linux desktop entries may pass a file:// URL). Chromium
 * switches, the app folder and other files are skipped; null when there is none.
 */
export function timelineFileArgument(argv: readonly string[], context: ArgvContext): string | null {
  for (const arg of argv.slice(context.defaultApp ? 2 : 1)) {
    if (arg.startsWith('-')) continue
    const path = timelineFilePath(arg, context.cwd)
    if (path) return path
  }
  return null
}

/** A path or file:// URL as an absolute `.timeline` path, or null. */
export function timelineFilePath(candidate: string, cwd: string): string | null {
  let path = candidate
  if (/^file:/i.test(candidate)) {
    try {
      path = fileURLToPath(candidate)
    } catch {
      return null
    }
  }
  if (path === '' || extname(path).toLowerCase() !== TIMELINE_EXTENSION) return null
  return isAbsolute(path) ? path : resolve(cwd, path)
}
