import { join } from 'node:path'

/** What the shell reads from its environment at start, decided in one place. */
export interface LaunchSettings {
  /** The event store the app opens. */
  dataDir: string
  /** Replaces Electron's user-data folder; null keeps the platform's default. */
  userDataDir: string | null
  /** The Vite dev server to load the renderer from; null serves the built renderer. */
  devServerUrl: string | null
  /** Answers for the save and open dialogs, so e2e specs need no native dialog. */
  testSavePath: string | null
  testOpenPath: string | null
  /** A timeline the e2e host asks to open at start (a double-click arrives as an argument). */
  testTimelinePath: string | null
}

export interface LaunchInput {
  isPackaged: boolean
  env: Readonly<Record<string, string | undefined>>
  /** `app.getAppPath()`: the project folder in development, the asar archive when packaged. */
  appPath: string
}

/**
 * A packaged app is what users run: it takes nothing from the environment, so no variable
 * set by another program can point it at other data, another renderer or a scripted dialog.
 * The test hooks and the dev server work only in an unpackaged run.
 */
export function launchSettings({ isPackaged, env, appPath }: LaunchInput): LaunchSettings {
  const bundledData = join(appPath, 'data')
  if (isPackaged) {
    return {
      dataDir: bundledData,
      userDataDir: null,
      devServerUrl: null,
      testSavePath: null,
      testOpenPath: null,
      testTimelinePath: null,
    }
  }
  const read = (name: string): string | null => {
    const value = env[name]
    return value ? value : null
  }
  return {
    dataDir: read('TIMELINE_DATA_DIR') ?? bundledData,
    userDataDir: read('TIMELINE_USER_DATA_DIR'),
    devServerUrl: read('ELECTRON_RENDERER_URL'),
    testSavePath: read('TIMELINE_E2E_SAVE_PATH'),
    testOpenPath: read('TIMELINE_E2E_OPEN_PATH'),
    testTimelinePath: read('TIMELINE_OPEN_PATH'),
  }
}
