/**
 * The Electron shell: lifecycle, the one secure window, the app:// protocol, the menu and the
 * IPC wiring. Everything the app does lives in ./core and ./handlers; this file only connects.
 */
import { join } from 'node:path'
import { app, BrowserWindow, dialog, screen, session } from 'electron'
import { notificationChannelName, type Notification } from '../shared/api'
import { createAppServices } from './app-services'
import { createHandlers } from './handlers'
import { APP_ENTRY_URL, isSameAppOrigin } from './shell/app-origin'
import { registerAppScheme, serveRenderer } from './shell/app-protocol'
import { closeFilesOnQuit } from './shell/close-on-quit'
import { buildContentSecurityPolicy } from './shell/content-security-policy'
import { createElectronPorts } from './shell/electron-ports'
import { registerIpc } from './shell/ipc'
import { launchSettings } from './shell/launch-settings'
import { installApplicationMenu } from './shell/menu'
import {
  onOpenTimelineFile,
  openTimelineFileWith,
  requestedTimelineFile,
  watchTimelineFileRequests,
} from './shell/timeline-file-requests'
import { secureWebPreferences } from './shell/web-preferences'
import { MIN_WINDOW, restoreBounds } from './shell/window-state'
import { readWindowState, writeWindowState } from './shell/window-state-file'

const settings = launchSettings({
  isPackaged: app.isPackaged,
  env: process.env,
  appPath: app.getAppPath(),
})
const devServerUrl = settings.devServerUrl
const appUrl = devServerUrl ?? APP_ENTRY_URL
if (settings.userDataDir) app.setPath('userData', settings.userDataDir)
// After the user-data folder is set: the single-instance lock is per folder.
const launch = { argv: process.argv, defaultApp: process.defaultApp === true, cwd: process.cwd() }
if (!watchTimelineFileRequests(app, launch, onOpenTimelineFile)) app.exit(0)

registerAppScheme()

let mainWindow: BrowserWindow | null = null

function lockDownSessions(): void {
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  )
  session.defaultSession.setPermissionCheckHandler(() => false)
  if (devServerUrl) {
    const csp = buildContentSecurityPolicy({ devServerOrigin: new URL(devServerUrl).origin })
    session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
      callback({
        responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [csp] },
      })
    })
  }
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isSameAppOrigin(url, appUrl)) event.preventDefault()
    })
    contents.on('will-redirect', (event, url) => {
      if (!isSameAppOrigin(url, appUrl)) event.preventDefault()
    })
    contents.on('will-attach-webview', (event) => event.preventDefault())
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  })
}

async function createMainWindow(): Promise<void> {
  const userDataDir = app.getPath('userData')
  const display = screen.getPrimaryDisplay()
  const bounds = restoreBounds(
    await readWindowState(userDataDir),
    screen.getAllDisplays().map((d) => d.workArea),
    display.workArea,
  )
  const window = new BrowserWindow({
    x: bounds.x,
    y: bounds.y,
    width: bounds.width,
    height: bounds.height,
    minWidth: MIN_WINDOW.width,
    minHeight: MIN_WINDOW.height,
    show: false,
    title: 'Diplomatic Timeline',
    webPreferences: secureWebPreferences(join(__dirname, '../preload/index.js')),
  })
  mainWindow = window
  if (bounds.maximized) window.maximize()
  window.once('ready-to-show', () => window.show())
  // Hold the close until the window state is on disk, or the quit can outrun the write.
  let stateSaved = false
  window.on('close', (event) => {
    if (stateSaved) return
    event.preventDefault()
    const { x, y, width, height } = window.getNormalBounds()
    writeWindowState(userDataDir, { x, y, width, height, maximized: window.isMaximized() })
      .catch(() => undefined)
      .finally(() => {
        stateSaved = true
        window.close()
      })
  })
  window.on('closed', () => {
    mainWindow = null
  })
  await window.loadURL(appUrl)
}

const notify = (notification: Notification) =>
  mainWindow?.webContents.send(notificationChannelName(notification))

app
  .whenReady()
  .then(async () => {
    lockDownSessions()
    if (!devServerUrl) serveRenderer(join(__dirname, '../renderer'))
    const ports = createElectronPorts(app.getPath('userData'), () => mainWindow, settings)
    const services = createAppServices(
      {
        dataDir: settings.dataDir,
        timelinePath: requestedTimelineFile() ?? settings.testTimelinePath ?? undefined,
        storeWorkerScript: join(__dirname, 'store-worker.js'),
        importWorkerScript: join(__dirname, 'import-worker.js'),
        onTimelineChanged: () => notify('timelineChanged'),
        onNotesChanged: () => notify('notesChanged'),
      },
      ports,
    )
    const openAndTell = (path: string) => {
      services.workspace
        .then((workspace) => workspace.openFile(path))
        .then(
          () => {
            notify('timelineChanged')
            return refreshMenu()
          },
          (error: Error) => dialog.showErrorBox('The timeline could not be opened', error.message),
        )
    }
    // The File menu lists the recent timelines, so it is built anew after each is opened.
    const refreshMenu = async () => {
      const recent = await services.workspace.then(
        (workspace) => workspace.recent(),
        () => [],
      )
      installApplicationMenu(
        {
          exportPdf: () => notify('exportPdfRequested'),
          exportEvents: () => notify('exportEventsRequested'),
          exportCitations: () => notify('exportCitationsRequested'),
          newTimeline: () => notify('newTimelineRequested'),
          openTimeline: () => notify('openTimelineRequested'),
          saveCopy: () => notify('saveTimelineCopyRequested'),
          importEvents: () => notify('importEventsRequested'),
          undo: () => notify('undoRequested'),
          redo: () => notify('redoRequested'),
          openRecent: openAndTell,
        },
        recent,
      )
    }
    // A .timeline file double-clicked while the app runs opens in place of the open one.
    openTimelineFileWith(openAndTell)
    closeFilesOnQuit(app, async () => (await services.workspace).close())
    registerIpc(createHandlers(services), {
      appUrl: () => appUrl,
      appContents: () => mainWindow?.webContents ?? null,
    })
    // The window opens at once; it says so itself if the workspace cannot start.
    await Promise.all([refreshMenu(), createMainWindow()])
    app.on('browser-window-focus', () => {
      refreshMenu().catch(() => undefined)
    })
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) {
        createMainWindow().catch((error: Error) =>
          dialog.showErrorBox('The window could not be opened', error.message),
        )
      }
    })
  })
  .catch((error: Error) =>
    dialog.showErrorBox('Diplomatic Timeline could not start', error.message),
  )

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit()
})
