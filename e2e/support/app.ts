import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { launchChromiumHost } from './chromium-host'
import { launchElectronHost } from './electron-host'
import type { LaunchedApp, LaunchOptions } from './launch-types'
import { BUNDLED_DATA_DIR } from './paths'

export type { LaunchedApp, LaunchOptions }

/**
 * Starts the app for a spec: the built renderer in Chromium with the real handler table
 * (default), or the real Electron app with APP_HOST=electron. Resolves once the app says it
 * is ready, never after a fixed sleep. Specs never know which host they drive.
 */
export async function launchApp(options: LaunchOptions = {}): Promise<LaunchedApp> {
  const resolved = {
    ...options,
    dataDir: options.dataDir ?? BUNDLED_DATA_DIR,
    userDataDir: options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'timeline-user-'))),
  }
  const app =
    process.env['APP_HOST'] === 'electron'
      ? await launchElectronHost(resolved)
      : await launchChromiumHost(resolved)
  try {
    await app.page.waitForFunction(() => document.documentElement.dataset['appState'] === 'ready')
  } catch (error) {
    await app.close()
    throw error
  }
  return app
}
