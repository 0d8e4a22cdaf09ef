import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { launchSettings } from './launch-settings'

const appPath = join('/opt', 'timeline', 'resources', 'app.asar')
const hostile = {
  TIMELINE_DATA_DIR: '/tmp/other-data',
  TIMELINE_USER_DATA_DIR: '/tmp/other-profile',
  TIMELINE_E2E_SAVE_PATH: '/home/user/.bashrc',
  TIMELINE_E2E_OPEN_PATH: '/tmp/notes.json',
  TIMELINE_OPEN_PATH: '/tmp/planted.timeline',
  TIMELINE_ANYTHING_ELSE: 'x',
  ELECTRON_RENDERER_URL: 'http://evil.example:5173/',
}

describe('launchSettings', () => {
  it('ignores every test hook and the dev server when packaged', () => {
    const packaged = launchSettings({ isPackaged: true, env: hostile, appPath })
    expect(packaged).toEqual(launchSettings({ isPackaged: true, env: {}, appPath }))
    expect(packaged).toEqual({
      dataDir: join(appPath, 'data'),
      userDataDir: null,
      devServerUrl: null,
      testSavePath: null,
      testOpenPath: null,
      testTimelinePath: null,
    })
  })

  it('honours the hooks in an unpackaged run, which is how e2e drives the app', () => {
    expect(launchSettings({ isPackaged: false, env: hostile, appPath })).toEqual({
      dataDir: '/tmp/other-data',
      userDataDir: '/tmp/other-profile',
      devServerUrl: 'http://evil.example:5173/',
      testSavePath: '/home/user/.bashrc',
      testOpenPath: '/tmp/notes.json',
      testTimelinePath: '/tmp/planted.timeline',
    })
  })

  it('falls back to the bundled data and the default profile when nothing is set', () => {
    const settings = launchSettings({
      isPackaged: false,
      env: { TIMELINE_DATA_DIR: '', ELECTRON_RENDERER_URL: '' },
      appPath,
    })
    expect(settings.dataDir).toBe(join(appPath, 'data'))
    expect(settings.userDataDir).toBeNull()
    expect(settings.devServerUrl).toBeNull()
  })
})
