import { dialog, shell, type BrowserWindow } from 'electron'
import type { HostPorts } from '../ports'
import { printInSealedWindow } from './print-window'

/** Fixed answers for the file dialogs; only an unpackaged run has any (see launch-settings). */
export interface DialogAnswers {
  testSavePath: string | null
  testOpenPath: string | null
}

const OPEN_FILTERS: Record<'notes' | 'timeline' | 'document' | 'import', Electron.FileFilter[]> = {
  import: [
    { name: 'CSV or JSON', extensions: ['csv', 'tsv', 'txt', 'json'] },
    { name: 'All files', extensions: ['*'] },
  ],
  timeline: [{ name: 'Timeline', extensions: ['timeline'] }],
  notes: [{ name: 'Notes export', extensions: ['json'] }],
  document: [
    {
      name: 'Documents',
      extensions: [
        'pdf',
        'html',
        'htm',
        'mhtml',
        'mht',
        'png',
        'jpg',
        'jpeg',
        'gif',
        'webp',
        'txt',
      ],
    },
  ],
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
    chooseOpenPath: async (kind) => {
      if (answers.testOpenPath) return answers.testOpenPath
      const parent = parentWindow()
      const options = {
        properties: ['openFile' as const],
        filters: OPEN_FILTERS[kind],
      }
      const result = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options)
      return result.canceled ? null : (result.filePaths[0] ?? null)
    },
    printHtmlToPdf: (html, options) => printInSealedWindow(html, options),
    openFile: async (path) => {
      const failure = await shell.openPath(path)
      if (failure) throw new Error(`The document could not be opened: ${failure}.`)
    },
  }
}
