import type { Browser } from '@playwright/test'
import type { HostPorts } from '../../src/main/ports'

export interface TestPorts extends HostPorts {
  /** Every URL the app asked the system browser to open, in order. */
  openedUrls: string[]
  /** Every request a printed report tried to make (all are refused). */
  printRequests: string[]
  /** Every file handed to the system's viewer, in order. */
  openedFiles: string[]
}

/**
 * The test host's ports: Chromium's own print engine (the one behind Electron's printToPDF),
 * a save dialog answered by the spec, and a record instead of a browser for external links.
 */
export function createTestPorts(
  browser: Browser,
  options: { userDataDir: string; savePath?: string | undefined; openPath?: string | undefined },
): TestPorts {
  const { userDataDir, savePath, openPath } = options
  const openedUrls: string[] = []
  const printRequests: string[] = []
  const openedFiles: string[] = []
  return {
    userDataDir,
    openedUrls,
    printRequests,
    openedFiles,
    openFile: async (path) => {
      openedFiles.push(path)
    },
    now: () => new Date(),
    openExternal: async (url) => {
      openedUrls.push(url)
    },
    chooseSavePath: async () => savePath ?? null,
    chooseOpenPath: async () => openPath ?? null,
    printHtmlToPdf: async (html, options) => {
      // A fresh context with JavaScript off, as the Electron port prints with javascript: false.
      const context = await browser.newContext({ javaScriptEnabled: false })
      // A report is self-contained: any request it makes is a defect, recorded and refused.
      await context.route('**/*', (route) => {
        printRequests.push(route.request().url())
        return route.abort('blockedbyclient')
      })
      try {
        const page = await context.newPage()
        await page.setContent(html, { waitUntil: 'load' })
        return await page.pdf({
          format: options.pageSize,
          landscape: options.landscape,
          printBackground: true,
          outline: true,
          // Chromium builds the outline (bookmarks) from the tagged structure: both or neither.
          tagged: true,
          preferCSSPageSize: true,
        })
      } finally {
        await context.close()
      }
    },
  }
}
