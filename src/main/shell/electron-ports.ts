import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BrowserWindow, dialog, shell } from 'electron'
import type { HostPorts, PdfOptions } from '../ports'

/** The Electron adapters behind the core's ports. */
export function createElectronPorts(
  userDataDir: string,
  parentWindow: () => BrowserWindow | null,
): HostPorts {
  return {
    userDataDir,
    now: () => new Date(),
    openExternal: (url) => shell.openExternal(url),
    chooseSavePath: async (suggestedName) => {
      const testPath = process.env['TIMELINE_E2E_SAVE_PATH']
      if (testPath) return testPath
      const parent = parentWindow()
      const options = { defaultPath: suggestedName }
      const result = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    chooseOpenPath: async (kind) => {
      const testPath = process.env['TIMELINE_E2E_OPEN_PATH']
      if (testPath) return testPath
      const parent = parentWindow()
      const options = {
        properties: ['openFile' as const],
        filters:
          kind === 'timeline'
            ? [{ name: 'Timeline', extensions: ['timeline'] }]
            : [{ name: 'Notes export', extensions: ['json'] }],
      }
      const result = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    printHtmlToPdf: (html, options) => printInHiddenWindow(html, options),
  }
}

/** Prints in a window that runs no script, so nothing in the report can act. */
async function printInHiddenWindow(html: string, options: PdfOptions): Promise<Uint8Array> {
  const dir = await mkdtemp(join(tmpdir(), 'timeline-print-'))
  const window = new BrowserWindow({
    show: false,
    webPreferences: { javascript: false, sandbox: true, contextIsolation: true },
  })
  try {
    const file = join(dir, 'report.html')
    await writeFile(file, html, 'utf8')
    await window.loadFile(file)
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
    window.destroy()
    await rm(dir, { recursive: true, force: true })
  }
}
