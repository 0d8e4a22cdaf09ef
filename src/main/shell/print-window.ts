import { randomUUID } from 'node:crypto'
import { BrowserWindow, session, type Session, type WebPreferences } from 'electron'
import { REPORT_CSP } from '../core/report/report-csp'
import type { PdfOptions } from '../ports'
import { PRINT_SCHEME, isPrintRequestAllowed, reportUrl } from './print-request'
import { SECURE_WEB_PREFERENCES } from './web-preferences'

/** In memory only (no `persist:`): nothing a print leaves behind reaches the disk. */
export const PRINT_PARTITION = 'timeline-print'

/** The print window runs no script at all and has no preload, in its own sealed session. */
export function printWebPreferences(printSession: Session): WebPreferences {
  return { ...SECURE_WEB_PREFERENCES, session: printSession, javascript: false }
}

const reports = new Map<string, string>()
let sealed: Session | null = null

/**
 * The print session, set up once: it serves the reports being printed from their own scheme
 * (not file://, not the app's session), refuses every other request, file: included, and
 * denies every permission and download.
 */
export function printSession(): Session {
  if (sealed) return sealed
  const ses = session.fromPartition(PRINT_PARTITION)
  ses.protocol.handle(PRINT_SCHEME, (request) => {
    const html = reports.get(request.url)
    if (html === undefined) return new Response('Not found', { status: 404 })
    return new Response(html, {
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'content-security-policy': REPORT_CSP,
      },
    })
  })
  ses.protocol.handle('file', () => new Response('Refused', { status: 403 }))
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isPrintRequestAllowed(details.url, reports) })
  })
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  ses.setPermissionCheckHandler(() => false)
  ses.on('will-download', (event) => event.preventDefault())
  sealed = ses
  return ses
}

/** Prints a report in a hidden window of the sealed session, then destroys the window. */
export async function printInSealedWindow(html: string, options: PdfOptions): Promise<Uint8Array> {
  const url = reportUrl(randomUUID())
  const window = new BrowserWindow({
    show: false,
    webPreferences: printWebPreferences(printSession()),
  })
  reports.set(url, html)
  try {
    await window.loadURL(url)
    return await window.webContents.printToPDF({
      pageSize: options.pageSize,
      landscape: options.landscape,
      printBackground: true,
      generateDocumentOutline: true,
      // Chromium builds the outline (bookmarks) from the tagged structure: both or neither.
      generateTaggedPDF: true,
      preferCSSPageSize: true,
    })
  } finally {
    reports.delete(url)
    window.destroy()
  }
}
