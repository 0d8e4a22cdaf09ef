/**
 * A stand-in for the `electron` module, for tests that load the shell under plain Node (the
 * binary cannot run here). It records what the shell asks of Electron and lets a test play
 * Chromium's part: emit events, invoke IPC, request app:// URLs. Every member is typed against
 * electron.d.ts (`Pick<…>`), so a changed Electron signature fails type-checking, and a member
 * the shell starts using without a fake here fails the tests.
 */
import { EventEmitter } from 'node:events'
import type * as Electron from 'electron'
import { screen } from './fake-screen'

type ProtocolHandler = Parameters<Electron.Protocol['handle']>[1]
type BeforeRequestListener = Parameters<Electron.WebRequest['onBeforeRequest']>[0]
type HeadersListener = Parameters<Electron.WebRequest['onHeadersReceived']>[0]
type PermissionRequestHandler = Parameters<Electron.Session['setPermissionRequestHandler']>[0]
type PermissionCheckHandler = Parameters<Electron.Session['setPermissionCheckHandler']>[0]
type WindowOpenHandler = Parameters<Electron.WebContents['setWindowOpenHandler']>[0]
type IpcListener = Parameters<Electron.IpcMain['handle']>[1]

/** An Electron event whose preventDefault a test can check. */
export function fakeEvent(): Electron.Event {
  let prevented = false
  return {
    get defaultPrevented() {
      return prevented
    },
    preventDefault() {
      prevented = true
    },
  }
}

export class FakeProtocol implements Pick<Electron.Protocol, 'handle'> {
  readonly handlers = new Map<string, ProtocolHandler>()
  readonly privileged: Electron.CustomScheme[] = []
  handle(scheme: string, handler: ProtocolHandler): void {
    if (this.handlers.has(scheme)) throw new Error(`${scheme} is already handled`)
    this.handlers.set(scheme, handler)
  }
  registerSchemesAsPrivileged(schemes: Electron.CustomScheme[]): void {
    this.privileged.push(...schemes)
  }
  /** Answers a URL as Chromium would, through the handler of its scheme. */
  async request(url: string): Promise<Response> {
    const handler = this.handlers.get(new URL(url).protocol.slice(0, -1))
    if (!handler) throw new Error(`no handler for ${url}`)
    return await handler(new Request(url))
  }
}

export class FakeWebRequest {
  beforeRequest: BeforeRequestListener = null
  headersReceived: HeadersListener = null
  onBeforeRequest: Electron.WebRequest['onBeforeRequest'] = (first: unknown, second?: unknown) => {
    this.beforeRequest = (second === undefined ? first : second) as BeforeRequestListener
  }
  onHeadersReceived: Electron.WebRequest['onHeadersReceived'] = (
    first: unknown,
    second?: unknown,
  ) => {
    this.headersReceived = (second === undefined ? first : second) as HeadersListener
  }
  /** Whether the session lets a request through, as its listener answers. */
  allows(url: string): boolean {
    if (!this.beforeRequest) return true
    let cancelled = false
    const details = { url, method: 'GET' } as Electron.OnBeforeRequestListenerDetails
    this.beforeRequest(details, (response) => {
      cancelled = response.cancel === true
    })
    return !cancelled
  }
}

export class FakeSession
  extends EventEmitter
  implements Pick<Electron.Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler'>
{
  readonly protocol = new FakeProtocol()
  readonly webRequest = new FakeWebRequest()
  permissionRequest: PermissionRequestHandler = null
  permissionCheck: PermissionCheckHandler = null
  constructor(readonly partition: string) {
    super()
  }
  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.permissionRequest = handler
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler): void {
    this.permissionCheck = handler
  }
}

export class FakeWebContents
  extends EventEmitter
  implements Pick<Electron.WebContents, 'send' | 'setWindowOpenHandler' | 'printToPDF'>
{
  readonly sent: Array<{ channel: string; args: unknown[] }> = []
  windowOpenHandler: WindowOpenHandler | null = null
  send(channel: string, ...args: unknown[]): void {
    this.sent.push({ channel, args })
  }
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler
  }
  async printToPDF(options: Electron.PrintToPDFOptions): Promise<Buffer> {
    this.printed.push(options)
    return Buffer.from('%PDF-1.7\n%fake\n%%EOF\n')
  }
  readonly printed: Electron.PrintToPDFOptions[] = []
}

/** What every BrowserWindow and session was created with, across the module. */
export const recorded = {
  windows: [] as FakeBrowserWindow[],
  sessions: new Map<string, FakeSession>(),
}

export const defaultSession = new FakeSession('')

export class FakeBrowserWindow
  extends EventEmitter
  implements
    Pick<
      Electron.BrowserWindow,
      'loadURL' | 'maximize' | 'close' | 'destroy' | 'isMaximized' | 'getNormalBounds'
    >
{
  static getAllWindows(): FakeBrowserWindow[] {
    return recorded.windows.filter((w) => !w.destroyed)
  }
  readonly webContents = new FakeWebContents()
  destroyed = false
  /** The URLs loaded and what the session answered for each. */
  readonly loaded: Array<{ url: string; response: Response | null }> = []
  constructor(readonly options: Electron.BrowserWindowConstructorOptions = {}) {
    super()
    recorded.windows.push(this)
    app.emit('web-contents-created', fakeEvent(), this.webContents)
  }
  get session(): FakeSession {
    const chosen = this.options.webPreferences?.session as unknown as FakeSession | undefined
    return chosen ?? defaultSession
  }
  async loadURL(url: string): Promise<void> {
    const scheme = new URL(url).protocol.slice(0, -1)
    const served = this.session.protocol.handlers.has(scheme) || protocol.handlers.has(scheme)
    const source = this.session.protocol.handlers.has(scheme) ? this.session.protocol : protocol
    this.loaded.push({ url, response: served ? await source.request(url) : null })
  }
  maximize(): void {}
  isMaximized(): boolean {
    return false
  }
  getNormalBounds(): Electron.Rectangle {
    return { x: 0, y: 0, width: 1280, height: 820 }
  }
  close(): void {
    const event = fakeEvent()
    this.emit('close', event)
    if (!event.defaultPrevented) this.destroy()
  }
  destroy(): void {
    if (this.destroyed) return
    this.destroyed = true
    this.emit('closed')
  }
}

class FakeApp
  extends EventEmitter
  implements
    Pick<
      Electron.App,
      | 'isPackaged'
      | 'getAppPath'
      | 'getPath'
      | 'setPath'
      | 'whenReady'
      | 'requestSingleInstanceLock'
      | 'quit'
      | 'exit'
    >
{
  isPackaged = false
  appPath = process.cwd()
  readonly paths = new Map<string, string>([['userData', '/nonexistent/user-data']])
  exitCode: number | null = null
  quitCalled = false
  private resolveReady: () => void = () => undefined
  private readonly ready = new Promise<void>((resolve) => (this.resolveReady = resolve))
  getAppPath(): string {
    return this.appPath
  }
  getPath(name: Parameters<Electron.App['getPath']>[0]): string {
    return this.paths.get(name) ?? `/nonexistent/${name}`
  }
  setPath(name: string, path: string): void {
    this.paths.set(name, path)
  }
  whenReady(): Promise<void> {
    return this.ready
  }
  /** Plays Electron's "ready". */
  makeReady(): void {
    this.resolveReady()
  }
  requestSingleInstanceLock(): boolean {
    return true
  }
  quit(): void {
    this.quitCalled = true
  }
  exit(code?: number): void {
    this.exitCode = code ?? 0
  }
}

export const app = new FakeApp()
export const protocol = new FakeProtocol()

export const session = {
  defaultSession,
  fromPartition(partition: string): FakeSession {
    const existing = recorded.sessions.get(partition)
    if (existing) return existing
    const created = new FakeSession(partition)
    recorded.sessions.set(partition, created)
    return created
  },
}

export const ipcMain = {
  handlers: new Map<string, IpcListener>(),
  handle(channel: string, listener: IpcListener): void {
    if (this.handlers.has(channel)) throw new Error(`${channel} is already handled`)
    this.handlers.set(channel, listener)
  },
} satisfies Pick<Electron.IpcMain, 'handle'> & { handlers: Map<string, IpcListener> }

export const Menu = {
  applicationMenu: null as Electron.MenuItemConstructorOptions[] | null,
  buildFromTemplate(template: Electron.MenuItemConstructorOptions[]): Electron.Menu {
    return { template } as unknown as Electron.Menu
  },
  setApplicationMenu(menu: Electron.Menu | null): void {
    const built = menu as unknown as { template: Electron.MenuItemConstructorOptions[] } | null
    this.applicationMenu = built?.template ?? null
  },
}

export const dialog = {
  saveAnswers: [] as Electron.SaveDialogReturnValue[],
  errors: [] as Array<[string, string]>,
  showErrorBox(title: string, content: string): void {
    this.errors.push([title, content])
  },
  async showSaveDialog(): Promise<Electron.SaveDialogReturnValue> {
    return this.saveAnswers.shift() ?? { canceled: true, filePath: '' }
  },
  async showOpenDialog(): Promise<Electron.OpenDialogReturnValue> {
    return { canceled: true, filePaths: [] }
  },
}

export const shell = {
  opened: [] as string[],
  async openExternal(url: string): Promise<void> {
    this.opened.push(url)
  },
} satisfies Pick<Electron.Shell, 'openExternal'> & { opened: string[] }

/** The fake as `vi.mock('electron', …)` wants it. */
export const fakeElectronModule = {
  app,
  BrowserWindow: FakeBrowserWindow,
  protocol,
  session,
  ipcMain,
  Menu,
  dialog,
  shell,
  screen,
}
