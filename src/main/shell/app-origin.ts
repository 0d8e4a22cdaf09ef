/**
 * Where the renderer is served from, and the checks that only that origin may navigate or
 * talk to the main process. Custom schemes have an opaque `URL.origin`, so compare scheme and
 * host instead.
 */
export const APP_SCHEME = 'app'
export const APP_HOST = 'renderer'
export const APP_ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`

export function isSameAppOrigin(candidate: string, appUrl: string): boolean {
  try {
    const a = new URL(candidate)
    const b = new URL(appUrl)
    return a.protocol === b.protocol && a.host === b.host
  } catch {
    return false
  }
}
