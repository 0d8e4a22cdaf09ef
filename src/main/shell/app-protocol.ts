import { readFile } from 'node:fs/promises'
import { protocol } from 'electron'
import { APP_HOST, APP_SCHEME } from './app-origin'
import { buildContentSecurityPolicy } from './content-security-policy'
import { resolveRendererFile } from './renderer-files'

/** Must run before `app` is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ])
}

/** Serves the built renderer from `rendererDir` at app://renderer/, with the CSP header. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url)
    const target = url.host === APP_HOST ? resolveRendererFile(rendererDir, url.pathname) : null
    if (!target) return new Response('Not found', { status: 404 })
    try {
      const body = await readFile(target.file)
      return new Response(body, {
        headers: {
          'content-type': target.contentType,
          'content-security-policy': buildContentSecurityPolicy(),
          'x-content-type-options': 'nosniff',
        },
      })
    } catch {
      return new Response('Not found', { status: 404 })
    }
  })
}
