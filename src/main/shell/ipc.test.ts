import type * as Electron from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { CHANNELS, ipcChannelName } from '../../shared/api'
import type { HandlerTable } from '../handlers'
import { registerIpc } from './ipc'
import * as fake from './test-support/fake-electron'

vi.mock('electron', async () => (await import('./test-support/fake-electron')).fakeElectronModule)

const handlers = Object.fromEntries(
  CHANNELS.map((channel) => [channel, vi.fn(async () => ({ ok: true, value: null }))]),
) as unknown as HandlerTable & Record<string, ReturnType<typeof vi.fn>>

let appContents: fake.FakeWebContents | null = null
registerIpc(handlers, {
  appUrl: () => 'app://renderer/index.html',
  appContents: () => appContents as unknown as Electron.WebContents | null,
})

function invokeFrom(contents: fake.FakeWebContents, channel: string): Promise<unknown> {
  const event = {
    sender: contents,
    senderFrame: { url: 'app://renderer/index.html', parent: null },
  }
  const listener = fake.ipcMain.handlers.get(channel)
  return Promise.resolve(listener?.(event as unknown as Electron.IpcMainInvokeEvent, undefined))
}

describe('registerIpc', () => {
  it('refuses every invoke before the window exists, without calling the handler', async () => {
    const early = new fake.FakeWebContents()
    for (const channel of CHANNELS) {
      expect(await invokeFrom(early, ipcChannelName(channel))).toMatchObject({ ok: false })
    }
    for (const channel of CHANNELS) expect(handlers[channel]).not.toHaveBeenCalled()
  })

  it('answers the same frame once it is the app window', async () => {
    const contents = new fake.FakeWebContents()
    appContents = contents
    expect(await invokeFrom(contents, ipcChannelName('listTags'))).toEqual({
      ok: true,
      value: null,
    })
    expect(handlers['listTags']).toHaveBeenCalledTimes(1)
  })

  it('refuses a frame whose senderFrame is gone (navigated or destroyed)', async () => {
    const contents = new fake.FakeWebContents()
    appContents = contents
    const listener = fake.ipcMain.handlers.get(ipcChannelName('listTags'))
    const event = { sender: contents, senderFrame: null }
    const answer = await listener?.(event as unknown as Electron.IpcMainInvokeEvent, undefined)
    expect(answer).toMatchObject({ ok: false })
  })
})
