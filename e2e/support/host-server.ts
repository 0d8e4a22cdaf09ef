import { randomUUID } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { WebSocketServer, type RawData } from 'ws'
import { buildContentSecurityPolicy } from '../../src/main/shell/content-security-policy'
import { resolveRendererFile } from '../../src/main/shell/renderer-files'
import { RENDERER_DIR } from './paths'

/** The renderer's origin: Chromium resolves its name to this server, and to nothing else. */
export const TEST_HOST_ORIGIN = 'http://timeline.test'
const SOCKET_PATH = '/__host'

/** A request from the page: which channel, with what input, numbered for its answer. */
interface Call {
  id: number
  channel: string
  input?: unknown
}

export interface HostServer {
  /** The Chromium switch that sends the renderer's origin to this server. */
  resolverRule: string
  /** Where the page's `window.api` connects; the token in it is this launch's own. */
  socketUrl: string
  /** As the main process would send it: every open page hears the notification. */
  notify(notification: string): void
  close(): Promise<void>
}

async function serveRenderer(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const target = resolveRendererFile(
    RENDERER_DIR,
    new URL(request.url ?? '/', TEST_HOST_ORIGIN).pathname,
  )
  try {
    if (request.method !== 'GET' || !target) throw new Error('Not found')
    const body = await readFile(target.file)
    response.writeHead(200, {
      'content-type': target.contentType,
      'content-security-policy': buildContentSecurityPolicy(),
    })
    response.end(body)
  } catch {
    response.writeHead(404).end('Not found')
  }
}

function parseCall(data: RawData, isBinary: boolean): Call | null {
  if (isBinary || !Buffer.isBuffer(data)) return null
  try {
    const call = JSON.parse(data.toString('utf8')) as Partial<Call>
    return typeof call.id === 'number' && typeof call.channel === 'string' ? (call as Call) : null
  } catch {
    return null
  }
}

/**
 * The test host's stand-in for Electron's IPC: a server on the loopback interface only that
 * serves the built renderer and carries `window.api`'s calls over one WebSocket per page,
 * answers as JSON text. Playwright's bindings cost milliseconds a call, which Electron's IPC
 * does not; this costs about what IPC does. Only the renderer's origin holding this launch's
 * token may connect. `answer` gets every call and says what to send back.
 */
export async function startHostServer(
  answer: (channel: string, input: unknown) => Promise<string>,
): Promise<HostServer> {
  const token = randomUUID()
  const server = createServer((request, response) => {
    serveRenderer(request, response).catch(() => response.destroy())
  })
  const sockets = new WebSocketServer({
    server,
    path: SOCKET_PATH,
    verifyClient: ({ origin, req }: { origin: string; req: IncomingMessage }) =>
      origin === TEST_HOST_ORIGIN &&
      new URL(req.url ?? '/', TEST_HOST_ORIGIN).searchParams.get('token') === token,
  })
  sockets.on('connection', (socket) => {
    socket.on('message', (data, isBinary) => {
      const call = parseCall(data, isBinary)
      if (!call) return socket.close(1003, 'Not a call')
      answer(call.channel, call.input)
        .then((json) => socket.send(`{"id":${call.id},"answer":${json}}`))
        .catch(() => socket.close(1011, 'No answer'))
    })
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })
  const { port } = server.address() as AddressInfo
  return {
    resolverRule: `--host-resolver-rules=MAP ${new URL(TEST_HOST_ORIGIN).host} 127.0.0.1:${port}`,
    socketUrl: `${TEST_HOST_ORIGIN.replace(/^http/, 'ws')}${SOCKET_PATH}?token=${token}`,
    notify(notification) {
      const message = JSON.stringify({ notification })
      sockets.clients.forEach((socket) => socket.send(message))
    },
    close: async () => {
      sockets.clients.forEach((socket) => socket.terminate())
      await new Promise<void>((resolve) => sockets.close(() => resolve()))
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
