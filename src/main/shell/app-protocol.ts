import { readFile } from 'node:fs/promises'
import { protocol } from 'electron'
import { APP_SCHEME } from './app-origin'
import { answerAppRequest } from './app-request'
import { PRINT_SCHEME } from './print-request'

/** Must run before `app` is ready. The print window's scheme is standard so its CSP applies. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
    { scheme: PRINT_SCHEME, privileges: { standard: true, secure: true } },
  ])
}

/** Serves the built renderer from `rendererDir` at app://renderer/, with the CSP header. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => answerAppRequest(request.url, rendererDir, readFile))
}
