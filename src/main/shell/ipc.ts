import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { CHANNELS, ipcChannelName } from '../../shared/api'
import type { HandlerTable } from '../handlers'
import { isSameAppOrigin } from './app-origin'

/**
 * Registers one ipcMain handler per contract channel. A message from any frame other than
 * the app's own top frame is refused before its input is even parsed.
 */
export function registerIpc(handlers: HandlerTable, appUrl: () => string): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(ipcChannelName(channel), (event: IpcMainInvokeEvent, input: unknown) => {
      const frame = event.senderFrame
      if (!frame || frame.parent !== null || !isSameAppOrigin(frame.url, appUrl())) {
        return { ok: false, error: `The request "${channel}" came from an unknown page.` }
      }
      return handlers[channel](input)
    })
  }
}
