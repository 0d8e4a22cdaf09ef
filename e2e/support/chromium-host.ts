import { readFile } from 'node:fs/promises'
import { chromium, type Page, type Route } from '@playwright/test'
import {
  CHANNELS,
  NOTIFICATIONS,
  subscriberName,
  type Channel,
  type Notification,
} from '../../src/shared/api'
import { createAppServices } from '../../src/main/app-services'
import { createHandlers } from '../../src/main/handlers'
import { buildContentSecurityPolicy } from '../../src/main/shell/content-security-policy'
import { resolveRendererFile } from '../../src/main/shell/renderer-files'
import type { LaunchedApp, LaunchOptions } from './launch-types'
import {
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  IMPORT_WORKER_SCRIPT,
  RENDERER_DIR,
  STORE_WORKER_SCRIPT,
} from './paths'
import { createTestPorts } from './test-ports'

/** The renderer is served from this origin by route interception: no server, no network. */
export const TEST_HOST_ORIGIN = 'http://timeline.test'

async function serveRenderer(route: Route): Promise<void> {
  const target = resolveRendererFile(RENDERER_DIR, new URL(route.request().url()).pathname)
  if (!target) return route.fulfill({ status: 404, body: 'Not found' })
  try {
    await route.fulfill({
      status: 200,
      body: await readFile(target.file),
      headers: {
        'content-type': target.contentType,
        'content-security-policy': buildContentSecurityPolicy(),
      },
    })
  } catch {
    await route.fulfill({ status: 404, body: 'Not found' })
  }
}

/** Runs the built renderer in Chromium with window.api bound to the real handler table. */
export async function launchChromiumHost(
  options: Required<Pick<LaunchOptions, 'dataDir'>> & LaunchOptions & { userDataDir: string },
): Promise<LaunchedApp> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
  })
  const ports = createTestPorts(browser, options)
  // The page the main process would notify; it exists once the host has opened it.
  const opened: { page?: Page } = {}
  // As the main process would send it: the page hears the notification.
  const notify = (notification: Notification) => {
    opened.page
      ?.evaluate(
        (n) => (window as unknown as { __timelineNotify(n: string): void }).__timelineNotify(n),
        notification,
      )
      .catch(() => undefined)
  }
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
  const requests: Channel[] = []
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
  // Anything not served by us is refused: the app must work with no network at all.
  await context.route('**/*', (route) => route.abort('blockedbyclient'))
  await context.route(`${TEST_HOST_ORIGIN}/**`, serveRenderer)
  // Answers travel as JSON text: Playwright serializes a string far faster than an object
  // graph, and JSON is what the contract's values are anyway (Electron uses structured clone).
  await context.exposeBinding(
    '__timelineHost',
    async (_source, channel: string, input: unknown) => {
      if (!(CHANNELS as string[]).includes(channel)) {
        return JSON.stringify({ ok: false, error: `Unknown request "${channel}".` })
      }
      requests.push(channel as Channel)
      return JSON.stringify(await handlers[channel as Channel](input))
    },
  )
  await context.addInitScript(
    ({ channels, subscribers }: { channels: string[]; subscribers: Array<[string, string]> }) => {
      type HostWindow = Window & {
        __timelineHost: (channel: string, input: unknown) => Promise<string>
        __timelineNotify: (notification: string) => void
      }
      const host = window as unknown as HostWindow
      const listeners = new Map<string, Set<() => void>>()
      // Specs stand in for the Electron menu by calling this, as the main process would.
      host.__timelineNotify = (notification) => listeners.get(notification)?.forEach((l) => l())
      const api = Object.freeze(
        Object.fromEntries([
          ...channels.map((channel) => [
            channel,
            async (input?: unknown) => JSON.parse(await host.__timelineHost(channel, input)),
          ]),
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
    },
  )
  const page = await context.newPage()
  opened.page = page
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
      // As the app quits: the timeline and the user's database are closed, backups finished.
      await (await services.workspace).close()
    },
  }
}
