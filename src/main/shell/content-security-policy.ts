/**
 * The renderer's Content-Security-Policy. Built by one function so the Electron shell, the
 * built index.html and the test host all serve the same text.
 */
export interface CspOptions {
  /** The Vite dev server needs its own origin, inline React-refresh preamble and a websocket. */
  devServerOrigin?: string
  /** A `<meta>` policy leaves out `frame-ancestors`: Chromium ignores it there and warns. */
  meta?: boolean
}

export function buildContentSecurityPolicy(options: CspOptions = {}): string {
  const dev = options.devServerOrigin
  const directives: Array<[string, string[]]> = [
    ['default-src', ["'none'"]],
    ['script-src', dev ? ["'self'", "'unsafe-inline'", dev] : ["'self'"]],
    ['style-src', ["'self'"]],
    ['img-src', ["'self'", 'data:']],
    ['font-src', ["'self'"]],
    ['connect-src', dev ? ["'self'", dev, dev.replace(/^http/, 'ws')] : ["'self'"]],
    ['base-uri', ["'none'"]],
    ['form-action', ["'none'"]],
    ['frame-src', ["'none'"]],
    // No page may frame the app; only a header can say so (app:// sends one).
    ...(options.meta ? [] : [['frame-ancestors', ["'none'"]] as [string, string[]]]),
    ['object-src', ["'none'"]],
    ['worker-src', ["'self'"]],
  ]
  return directives.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ')
}
