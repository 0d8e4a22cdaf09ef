/**
 * The window the PDF briefing is printed in, as the real shell (loaded against the fake
 * `electron` module) makes it: no script, no preload, its own scheme and an in-memory session
 * that refuses the network and files.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type * as Electron from 'electron'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { ipcChannelName } from '../shared/api'
import type { PdfExportRequest } from '../shared/pdf-export'
import { EXPORT_EVERYTHING } from './core/test-support/pdf-request'
import { bootShell, type BootedShell } from './shell/test-support/booted-shell'
import * as fake from './shell/test-support/fake-electron'

let shell: BootedShell

beforeAll(async () => {
  shell = await bootShell()
})

describe('the print window', () => {
  const request: PdfExportRequest = EXPORT_EVERYTHING
  let printWindow: fake.FakeBrowserWindow

  beforeAll(async () => {
    const answer = await shell.invoke(ipcChannelName('exportPdf'), request)
    expect(answer).toMatchObject({
      ok: true,
      value: { path: join(shell.userData, 'briefing.pdf') },
    })
    printWindow = fake.recorded.windows.find((w) => w !== shell.mainWindow)!
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
    expect(
      (await readFile(join(shell.userData, 'briefing.pdf'), 'latin1')).startsWith('%PDF'),
    ).toBe(true)
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
