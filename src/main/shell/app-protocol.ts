import { readFile } from 'node:fs/promises'
import { protocol } from 'electron'
import { APP_SCHEME } from './app-origin'
import { answerAppRequest } from './app-request'

/** Must run before `app` is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ])
}

/** Serves the built renderer from `rendererDir` at app://renderer/, with the CSP header. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => answerAppRequest(request.url, rendererDir, readFile))
}
