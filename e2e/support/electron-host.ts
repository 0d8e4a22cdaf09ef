import { join } from 'node:path'
import { _electron as electron } from '@playwright/test'
import type { LaunchedApp, LaunchOptions } from './launch-types'
import { PROJECT_ROOT } from './paths'

/** Launches the real Electron app, on machines where its binary is installed. */
export async function launchElectronHost(
  options: Required<Pick<LaunchOptions, 'dataDir'>> & LaunchOptions & { userDataDir: string },
): Promise<LaunchedApp> {
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value
  env['TIMELINE_USER_DATA_DIR'] = options.userDataDir
  env['TIMELINE_DATA_DIR'] = options.dataDir
  if (options.savePath) env['TIMELINE_E2E_SAVE_PATH'] = options.savePath
  if (options.openPath) env['TIMELINE_E2E_OPEN_PATH'] = options.openPath
  if (options.timelinePath) env['TIMELINE_OPEN_PATH'] = options.timelinePath
  const app = await electron.launch({ args: [join(PROJECT_ROOT, 'out', 'main', 'index.js')], env })
  const page = await app.firstWindow()
  if (options.viewport) await page.setViewportSize(options.viewport)
  return {
    page,
    userDataDir: options.userDataDir,
    openedUrls: [],
    printRequests: [],
    openedFiles: [],
    requests: null,
    close: () => app.close(),
  }
}
