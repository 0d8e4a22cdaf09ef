import { chromium } from '@playwright/test'
import {
  CHANNELS,
  NOTIFICATIONS,
  subscriberName,
  type Channel,
  type Notification,
} from '../../src/shared/api'
import { createAppServices } from '../../src/main/app-services'
import { createHandlers } from '../../src/main/handlers'
import { startHostServer, TEST_HOST_ORIGIN } from './host-server'
import type { LaunchedApp, LaunchOptions } from './launch-types'
import { CHROMIUM_ARGS, CHROMIUM_PATH, IMPORT_WORKER_SCRIPT, STORE_WORKER_SCRIPT } from './paths'
import { createTestPorts } from './test-ports'

export { TEST_HOST_ORIGIN }

/** Runs the built renderer in Chromium with window.api bound to the real handler table. */
export async function launchChromiumHost(
  options: Required<Pick<LaunchOptions, 'dataDir'>> & LaunchOptions & { userDataDir: string },
): Promise<LaunchedApp> {
  const requests: Channel[] = []
  // Every call goes through the handler table, as Electron's ipcMain.handle does.
  const server = await startHostServer(async (channel, input) => {
    if (!(CHANNELS as string[]).includes(channel)) {
      return JSON.stringify({ ok: false, error: `Unknown request "${channel}".` })
    }
    requests.push(channel as Channel)
    return JSON.stringify(await handlers[channel as Channel](input))
  })
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, server.resolverRule],
    headless: true,
  })
  const ports = createTestPorts(browser, options)
  const notify = (notification: Notification) => server.notify(notification)
  const services = createAppServices(
    {
      dataDir: options.dataDir,
      timelinePath: options.timelinePath,
      storeWorkerScript: STORE_WORKER_SCRIPT,
      importWorkerScript: IMPORT_WORKER_SCRIPT,
      onTimelineChanged: () => notify('timelineChanged'),
      onNotesChanged: () => notify('notesChanged'),
    },
    ports,
  )
  const handlers = createHandlers(services)
  if (options.openAfterLoading) {
    const [workspace] = await Promise.all([services.workspace, services.viewState])
    await workspace.current().store.searchReady
  }
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1440, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    locale: 'en-GB',
    timezoneId: 'Europe/London',
  })
  // Anything not served by us is refused: the app must work with no network at all. The
  // renderer's own origin goes to the host's server (on the loopback interface, so Chromium
  // lets the page reach its socket there).
  await context.route('**/*', (route) => route.abort('blockedbyclient'))
  await context.route(`${TEST_HOST_ORIGIN}/**`, (route) => route.continue())
  await context.addInitScript(
    ({
      channels,
      subscribers,
      socketUrl,
    }: {
      channels: string[]
      subscribers: Array<[string, string]>
      socketUrl: string
    }) => {
      type HostWindow = Window & { __timelineNotify: (notification: string) => void }
      const host = window as unknown as HostWindow
      const listeners = new Map<string, Set<() => void>>()
      // Specs stand in for the Electron menu by calling this, as the main process would.
      host.__timelineNotify = (notification) => listeners.get(notification)?.forEach((l) => l())
      const waiting = new Map<number, (answer: unknown) => void>()
      let lastId = 0
      const socket = new WebSocket(socketUrl)
      const opened = new Promise<void>((resolve, reject) => {
        socket.addEventListener('open', () => resolve())
        socket.addEventListener('error', () => reject(new Error('The test host is not reachable.')))
      })
      socket.addEventListener('message', (event) => {
        const message = JSON.parse(String(event.data)) as
          { id: number; answer: unknown } | { notification: string }
        if ('notification' in message) host.__timelineNotify(message.notification)
        else {
          waiting.get(message.id)?.(message.answer)
          waiting.delete(message.id)
        }
      })
      // Sent at once once the socket is open, as ipcRenderer.invoke sends: not after the
      // renders that the caller's own state changes have queued meanwhile.
      const call = (channel: string, input: unknown) =>
        new Promise((resolve, reject) => {
          const id = (lastId += 1)
          const message = JSON.stringify({ id, channel, input })
          waiting.set(id, resolve)
          if (socket.readyState === WebSocket.OPEN) socket.send(message)
          else opened.then(() => socket.send(message), reject)
        })
      const api = Object.freeze(
        Object.fromEntries([
          ...channels.map((channel) => [channel, (input?: unknown) => call(channel, input)]),
          ...subscribers.map(([name, notification]) => [
            name,
            (listener: () => void) => {
              const set = listeners.get(notification) ?? new Set()
              set.add(listener)
              listeners.set(notification, set)
              return () => set.delete(listener)
            },
          ]),
        ]),
      )
      Object.defineProperty(window, 'api', { value: api, enumerable: true })
    },
    {
      channels: CHANNELS,
      subscribers: NOTIFICATIONS.map((n) => [subscriberName(n), n] as [string, string]),
      socketUrl: server.socketUrl,
    },
  )
  const page = await context.newPage()
  await page.goto(`${TEST_HOST_ORIGIN}/index.html`)
  return {
    page,
    userDataDir: options.userDataDir,
    openedUrls: ports.openedUrls,
    printRequests: ports.printRequests,
    openedFiles: ports.openedFiles,
    requests,
    close: async () => {
      await browser.close()
      await server.close()
      // As the app quits: the timeline and the user's database are closed, backups finished.
      await (await services.workspace).close()
    },
  }
}
