import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type * as Electron from 'electron'
import { expect, vi } from 'vitest'
import type * as Handlers from '../../handlers'
import type * as TimelineFileRequests from '../timeline-file-requests'
import * as fake from './fake-electron'

/** Where an invoke comes from: the app window's top frame unless said otherwise. */
export interface InvokeFrom {
  contents?: fake.FakeWebContents
  url?: string
  subframe?: boolean
}

export interface BootedShell {
  userData: string
  mainWindow: fake.FakeBrowserWindow
  timelineFiles: typeof TimelineFileRequests
  /** The channels the real handler table was called on: a refused invoke must never reach it. */
  handlerCalls: string[]
  /** An invoke as Chromium delivers it: from a webContents and one of its frames. */
  invoke(channel: string, input: unknown, from?: InvokeFrom): Promise<unknown>
}

const REPO = join(__dirname, '..', '..', '..', '..')

/**
 * Loads the real shell (src/main/index.ts and src/main/shell) against the fake `electron`
 * module, with the real handler table recording its calls, and waits for its window to load.
 * Once per test file: the shell is one app, started once.
 */
export async function bootShell(): Promise<BootedShell> {
  const handlerCalls: string[] = []
  vi.doMock('electron', () => fake.fakeElectronModule)
  vi.doMock('../../handlers', async (importOriginal) => {
    const real = await importOriginal<typeof Handlers>()
    return {
      ...real,
      createHandlers: (services: Parameters<typeof real.createHandlers>[0]) => {
        const table = real.createHandlers(services)
        for (const channel of Object.keys(table) as Array<keyof typeof table>) {
          const handler = table[channel]
          Object.assign(table, {
            [channel]: (input: unknown) => {
              handlerCalls.push(channel)
              return handler(input)
            },
          })
        }
        return table
      },
    }
  })
  const userData = await mkdtemp(join(tmpdir(), 'shell-wiring-'))
  vi.stubEnv('TIMELINE_USER_DATA_DIR', userData)
  vi.stubEnv('TIMELINE_DATA_DIR', join(REPO, 'data'))
  vi.stubEnv('TIMELINE_E2E_SAVE_PATH', join(userData, 'briefing.pdf'))
  vi.stubEnv('ELECTRON_RENDERER_URL', '')
  fake.app.appPath = REPO
  await import('../../index')
  const timelineFiles = await import('../timeline-file-requests')
  fake.app.makeReady()
  await vi.waitFor(() => expect(fake.recorded.windows[0]?.loaded).toHaveLength(1))
  const mainWindow = fake.recorded.windows[0]!
  const invoke = (channel: string, input: unknown, from: InvokeFrom = {}) => {
    const listener = fake.ipcMain.handlers.get(channel)
    if (!listener) throw new Error(`${channel} is not registered`)
    const frame = {
      url: from.url ?? 'app://renderer/index.html',
      parent: from.subframe ? {} : null,
    }
    const event = { sender: from.contents ?? mainWindow.webContents, senderFrame: frame }
    return Promise.resolve(listener(event as unknown as Electron.IpcMainInvokeEvent, input))
  }
  return { userData, mainWindow, timelineFiles, handlerCalls, invoke }
}
