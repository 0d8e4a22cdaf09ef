/**
 * Loads the real shell (src/main/index.ts and src/main/shell) against the fake `electron`
 * module and checks what it asked Electron for: the IPC doors, the lock-down, the protocol,
 * the windows' preferences, the print session and the menu.
 */
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type * as Electron from 'electron'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { CHANNELS, ipcChannelName, notificationChannelName } from '../shared/api'
import type { PdfExportRequest } from '../shared/pdf-export'
import { EXPORT_EVERYTHING } from './core/test-support/pdf-request'
import type * as Handlers from './handlers'
import * as fake from './shell/test-support/fake-electron'
import type * as TimelineFileRequests from './shell/timeline-file-requests'

const handlerCalls = vi.hoisted(() => [] as string[])

vi.mock(
  'electron',
  async () => (await import('./shell/test-support/fake-electron')).fakeElectronModule,
)
// The real handler table, with every call recorded: a refused invoke must never reach it.
vi.mock('./handlers', async (importOriginal) => {
  const real = await importOriginal<typeof Handlers>()
  return {
    ...real,
    createHandlers: (services: Parameters<typeof real.createHandlers>[0]) => {
      const table = real.createHandlers(services)
      for (const channel of Object.keys(table) as Array<keyof typeof table>) {
        const handler = table[channel]
        Object.assign(table, {
          [channel]: (input: unknown) => {
            handlerCalls.push(channel)
            return handler(input)
          },
        })
      }
      return table
    },
  }
})

const repo = join(__dirname, '..', '..')
let userData: string
let mainWindow: fake.FakeBrowserWindow
let timelineFiles: typeof TimelineFileRequests

beforeAll(async () => {
  userData = await mkdtemp(join(tmpdir(), 'shell-wiring-'))
  vi.stubEnv('TIMELINE_USER_DATA_DIR', userData)
  vi.stubEnv('TIMELINE_DATA_DIR', join(repo, 'data'))
  vi.stubEnv('TIMELINE_E2E_SAVE_PATH', join(userData, 'briefing.pdf'))
  vi.stubEnv('ELECTRON_RENDERER_URL', '')
  fake.app.appPath = repo
  await import('./index')
  timelineFiles = await import('./shell/timeline-file-requests')
  fake.app.makeReady()
  await vi.waitFor(() => expect(fake.recorded.windows[0]?.loaded).toHaveLength(1))
  mainWindow = fake.recorded.windows[0]!
})

/** An invoke as Chromium delivers it: from a webContents and one of its frames. */
function invoke(
  channel: string,
  input: unknown,
  from: { contents?: fake.FakeWebContents; url?: string; subframe?: boolean } = {},
): Promise<unknown> {
  const listener = fake.ipcMain.handlers.get(channel)
  if (!listener) throw new Error(`${channel} is not registered`)
  const frame = { url: from.url ?? 'app://renderer/index.html', parent: from.subframe ? {} : null }
  const event = { sender: from.contents ?? mainWindow.webContents, senderFrame: frame }
  return Promise.resolve(listener(event as unknown as Electron.IpcMainInvokeEvent, input))
}

describe('IPC', () => {
  it('registers every contract channel, and nothing else', () => {
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual(CHANNELS.map(ipcChannelName).sort())
  })

  it("answers the app window's top frame", async () => {
    const answer = await invoke(ipcChannelName('getStoreStatus'), undefined)
    expect(answer).toMatchObject({ ok: true, value: { moreProblems: 0 } })
    expect(handlerCalls).toContain('getStoreStatus')
  })

  it.each([
    ['a subframe', { subframe: true }],
    ['another origin', { url: 'https://evil.example/' }],
    ['a file:// page', { url: 'file:///tmp/x.html' }],
    ['another window', { contents: new fake.FakeWebContents() }],
  ])('refuses an invoke from %s without calling the handler', async (_name, from) => {
    handlerCalls.length = 0
    for (const channel of CHANNELS) {
      const answer = await invoke(ipcChannelName(channel), undefined, from)
      expect(answer).toMatchObject({ ok: false, error: expect.stringContaining('unknown page') })
    }
    expect(handlerCalls).toEqual([])
  })
})

describe('the lock-down of every webContents', () => {
  it.each(['will-navigate', 'will-redirect'])('prevents %s away from the app', (name) => {
    const away = fake.fakeEvent()
    mainWindow.webContents.emit(name, away, 'https://evil.example/')
    expect(away.defaultPrevented).toBe(true)
    const within = fake.fakeEvent()
    mainWindow.webContents.emit(name, within, 'app://renderer/index.html#event')
    expect(within.defaultPrevented).toBe(false)
  })

  it('denies window.open and prevents <webview>', () => {
    const details = { url: 'https://example.com/' } as Electron.HandlerDetails
    expect(mainWindow.webContents.windowOpenHandler?.(details)).toEqual({ action: 'deny' })
    const attach = fake.fakeEvent()
    mainWindow.webContents.emit('will-attach-webview', attach, {}, {})
    expect(attach.defaultPrevented).toBe(true)
  })

  it('denies permission requests and checks', () => {
    const granted = vi.fn()
    const contents = mainWindow.webContents as unknown as Electron.WebContents
    fake.defaultSession.permissionRequest?.(
      contents,
      'media',
      granted,
      {} as Electron.PermissionRequest,
    )
    expect(granted).toHaveBeenCalledWith(false)
    const details = {} as Electron.PermissionCheckHandlerHandlerDetails
    expect(
      fake.defaultSession.permissionCheck?.(contents, 'geolocation', 'app://renderer', details),
    ).toBe(false)
  })
})

describe('the main window', () => {
  it('has the secure webPreferences and a preload from the build', () => {
    expect(mainWindow.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
    })
    expect(mainWindow.options.webPreferences?.preload).toMatch(/preload[/\\]index\.js$/)
    expect(mainWindow.loaded[0]?.url).toBe('app://renderer/index.html')
  })

  it('registers app:// as a secure standard scheme and serves the page with the CSP', async () => {
    expect(fake.protocol.privileged.map((s) => s.scheme)).toEqual(['app', 'timeline-report'])
    const page = mainWindow.loaded[0]?.response
    expect(page?.status).toBe(200)
    expect(page?.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
  })

  it.each([
    'app://renderer/../main/index.ts',
    'app://renderer/%2e%2e/main/index.ts',
    'app://renderer/..%2fmain%2findex.ts',
    'app://renderer/..\\main\\index.ts',
    'app://renderer/..%5cmain%5cindex.ts',
  ])('answers the traversal %s with 404', async (url) => {
    expect((await fake.protocol.request(url)).status).toBe(404)
  })

  it('answers a malformed escape with 400, never a throw', async () => {
    expect((await fake.protocol.request('app://renderer/%E0%A4%A')).status).toBe(400)
  })
})

describe('the menu', () => {
  it('sends the Export PDF notification to the window', () => {
    const file = fake.Menu.applicationMenu?.find((item) => item.label === 'File')
    const items = (file?.submenu ?? []) as Electron.MenuItemConstructorOptions[]
    const exportItem = items.find((item) => item.label === 'Export PDF…')
    expect(exportItem?.accelerator).toBe('CmdOrCtrl+Shift+E')
    const click = exportItem?.click as (() => void) | undefined
    click?.()
    expect(mainWindow.webContents.sent).toContainEqual({
      channel: notificationChannelName('exportPdfRequested'),
      args: [],
    })
  })
})

describe('the File menu', () => {
  it('has the timeline file commands, each sending its notification', () => {
    const file = fake.Menu.applicationMenu?.find((item) => item.label === 'File')
    const items = (file?.submenu ?? []) as Electron.MenuItemConstructorOptions[]
    expect(items.map((item) => item.label).filter(Boolean)).toEqual([
      'New timeline…',
      'Open timeline…',
      'Open Recent',
      'Save a copy…',
      'Import events…',
      'Export PDF…',
      'Export events…',
      'Export citations…',
    ])
    for (const [label, notification] of [
      ['New timeline…', 'newTimelineRequested'],
      ['Open timeline…', 'openTimelineRequested'],
      ['Save a copy…', 'saveTimelineCopyRequested'],
      ['Export events…', 'exportEventsRequested'],
      ['Export citations…', 'exportCitationsRequested'],
      ['Import events…', 'importEventsRequested'],
    ] as const) {
      ;(items.find((item) => item.label === label)?.click as () => void)()
      expect(mainWindow.webContents.sent).toContainEqual({
        channel: notificationChannelName(notification),
        args: [],
      })
    }
  })
})

describe('the Edit menu', () => {
  it('sends Undo and Redo to the window, leaving Ctrl+Z to text fields there', () => {
    const edit = fake.Menu.applicationMenu?.find((item) => item.label === 'Edit')
    const items = (edit?.submenu ?? []) as Electron.MenuItemConstructorOptions[]
    for (const [label, accelerator, notification] of [
      ['Undo', 'CmdOrCtrl+Z', 'undoRequested'],
      ['Redo', 'Shift+CmdOrCtrl+Z', 'redoRequested'],
    ] as const) {
      const item = items.find((i) => i.label === label)
      expect(item).toMatchObject({ accelerator, registerAccelerator: false })
      ;(item?.click as () => void)()
      expect(mainWindow.webContents.sent).toContainEqual({
        channel: notificationChannelName(notification),
        args: [],
      })
    }
    expect(items.map((i) => i.role).filter(Boolean)).toEqual(['cut', 'copy', 'paste', 'selectAll'])
  })
})

describe('the print window', () => {
  const request: PdfExportRequest = EXPORT_EVERYTHING
  let printWindow: fake.FakeBrowserWindow

  beforeAll(async () => {
    const answer = await invoke(ipcChannelName('exportPdf'), request)
    expect(answer).toMatchObject({ ok: true, value: { path: join(userData, 'briefing.pdf') } })
    printWindow = fake.recorded.windows.find((w) => w !== mainWindow)!
  })

  it('prints with JavaScript off, sandboxed, without a preload, then is destroyed', async () => {
    const prefs = printWindow.options.webPreferences
    expect(prefs).toMatchObject({
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
    })
    expect(prefs?.preload).toBeUndefined()
    expect(printWindow.options.show).toBe(false)
    expect(printWindow.destroyed).toBe(true)
    expect(printWindow.webContents.printed).toHaveLength(1)
    expect((await readFile(join(userData, 'briefing.pdf'), 'latin1')).startsWith('%PDF')).toBe(true)
  })

  it('loads the report from its own scheme, with the report CSP, never from file://', async () => {
    const [load] = printWindow.loaded
    expect(load?.url).toMatch(/^timeline-report:\/\/print\/[0-9a-f-]+\.html$/)
    expect(load?.response?.status).toBe(200)
    expect(load?.response?.headers.get('content-security-policy')).toContain("default-src 'none'")
    const html = (await load?.response?.text()) ?? ''
    expect(html).toContain('<meta http-equiv="Content-Security-Policy"')
    // Once printed, the report is no longer served.
    expect((await printWindow.session.protocol.request(load?.url ?? '')).status).toBe(404)
  })

  it('runs in its own in-memory session that refuses every network and file request', async () => {
    const session = printWindow.session
    expect(session).not.toBe(fake.defaultSession)
    expect(session.partition).not.toMatch(/^persist:/)
    for (const url of [
      'file:///etc/passwd',
      'https://example.com/pixel.png',
      'http://127.0.0.1/',
      'app://renderer/index.html',
      'timeline-report://print/guess.html',
    ]) {
      expect(session.webRequest.allows(url), url).toBe(false)
    }
    expect(session.webRequest.allows('data:font/woff2;base64,AAAA')).toBe(true)
    expect((await session.protocol.request('file:///etc/passwd')).status).toBe(403)
    const granted = vi.fn()
    const contents = printWindow.webContents as unknown as Electron.WebContents
    session.permissionRequest?.(contents, 'media', granted, {} as Electron.PermissionRequest)
    expect(granted).toHaveBeenCalledWith(false)
    const download = fake.fakeEvent()
    session.emit('will-download', download)
    expect(download.defaultPrevented).toBe(true)
  })

  it('is locked down like every webContents: no navigation, no new window', () => {
    const away = fake.fakeEvent()
    printWindow.webContents.emit('will-navigate', away, 'https://evil.example/')
    expect(away.defaultPrevented).toBe(true)
    const details = { url: 'https://example.com/' } as Electron.HandlerDetails
    expect(printWindow.webContents.windowOpenHandler?.(details)).toEqual({ action: 'deny' })
  })
})

describe('.timeline files the system asks to open', () => {
  it('opens them from open-file (macOS) and from a second launch once the app is up', async () => {
    const event = fake.fakeEvent()
    fake.app.emit('open-file', event, '/Users/ana/talks.timeline')
    expect(event.defaultPrevented).toBe(true)
    // The app tried to open it (it does not exist here) and said so; nothing was kept for later.
    await vi.waitFor(() =>
      expect(fake.dialog.errors.at(-1)?.[1]).toMatch(
        /^"talks.timeline" could not be opened: the file no longer exists/,
      ),
    )
    expect(timelineFiles.requestedTimelineFile()).toBeNull()
    fake.app.emit('second-instance', fake.fakeEvent(), ['app', 'b.timeline'], '/home/ana', {})
    await vi.waitFor(() =>
      expect(fake.dialog.errors.at(-1)?.[1]).toMatch(/^"b.timeline" could not be opened/),
    )
  })
})

describe('after the window is closed', () => {
  it('refuses every invoke, even from its old contents', async () => {
    mainWindow.close()
    await vi.waitFor(() => expect(mainWindow.destroyed).toBe(true))
    handlerCalls.length = 0
    const answer = await invoke(ipcChannelName('getStoreStatus'), undefined)
    expect(answer).toMatchObject({ ok: false })
    expect(handlerCalls).toEqual([])
  })
})
