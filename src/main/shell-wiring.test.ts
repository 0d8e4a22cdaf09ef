/**
 * Loads the real shell (src/main/index.ts and src/main/shell) against the fake `electron`
 * module and checks what it asked Electron for: the IPC doors, the lock-down, the protocol,
 * the windows' preferences and the menus. The print session: shell-print-window.test.ts.
 */
import type * as Electron from 'electron'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { CHANNELS, ipcChannelName, notificationChannelName } from '../shared/api'
import { bootShell, type BootedShell } from './shell/test-support/booted-shell'
import * as fake from './shell/test-support/fake-electron'

let mainWindow: fake.FakeBrowserWindow
let invoke: BootedShell['invoke']
let handlerCalls: string[]
let timelineFiles: BootedShell['timelineFiles']

beforeAll(async () => {
  ;({ mainWindow, invoke, handlerCalls, timelineFiles } = await bootShell())
})

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
