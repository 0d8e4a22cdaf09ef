import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BrowserWindow, dialog, shell } from 'electron'
import type { HostPorts, PdfOptions } from '../ports'

/** Fixed answers for the file dialogs; only an unpackaged run has any (see launch-settings). */
export interface DialogAnswers {
  testSavePath: string | null
  testOpenPath: string | null
}

/** The Electron adapters behind the core's ports. */
export function createElectronPorts(
  userDataDir: string,
  parentWindow: () => BrowserWindow | null,
  answers: DialogAnswers,
): HostPorts {
  return {
    userDataDir,
    now: () => new Date(),
    openExternal: (url) => shell.openExternal(url),
    chooseSavePath: async (suggestedName) => {
      if (answers.testSavePath) return answers.testSavePath
      const parent = parentWindow()
      const options = { defaultPath: suggestedName }
      const result = parent
        ? await dialog.showSaveDialog(parent, options)
        : await dialog.showSaveDialog(options)
      return result.canceled || !result.filePath ? null : result.filePath
    },
    chooseOpenPath: async () => {
      if (answers.testOpenPath) return answers.testOpenPath
      const parent = parentWindow()
      const options = {
        properties: ['openFile' as const],
        filters: [{ name: 'Notes export', extensions: ['json'] }],
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
