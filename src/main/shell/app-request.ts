import { APP_HOST } from './app-origin'
import { buildContentSecurityPolicy } from './content-security-policy'
import { rendererRequestTarget } from './renderer-files'

export type ReadFile = (file: string) => Promise<Uint8Array<ArrayBuffer>>

/**
 * The app:// protocol's answer to one request: a file of the built renderer with the CSP
 * header, or 400/404. Kept apart from `protocol.handle` so it is tested without Electron.
 */
export async function answerAppRequest(
  requestUrl: string,
  rendererDir: string,
  readFile: ReadFile,
): Promise<Response> {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return new Response('Bad request', { status: 400 })
  }
  if (url.host !== APP_HOST) return new Response('Not found', { status: 404 })
  const target = rendererRequestTarget(rendererDir, url.pathname)
  if (target.status !== 200) {
    const text = target.status === 400 ? 'Bad request' : 'Not found'
    return new Response(text, { status: target.status })
  }
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
}
