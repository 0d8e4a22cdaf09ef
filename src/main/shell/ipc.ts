import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron'
import { CHANNELS, ipcChannelName } from '../../shared/api'
import type { HandlerTable } from '../handlers'
import { isSameAppOrigin } from './app-origin'

export interface TrustedSender {
  /** The URL the app's page is served from. */
  appUrl(): string
  /** The app window's contents; null before it exists or after it closed. */
  appContents(): WebContents | null
}

/**
 * Registers one ipcMain handler per contract channel. A message is answered only when it
 * comes from the app window's own top frame on the app's origin; anything else (a subframe,
 * another page, any other window, or before the window exists) is refused before its input
 * is even parsed.
 */
export function registerIpc(handlers: HandlerTable, trusted: TrustedSender): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(ipcChannelName(channel), (event: IpcMainInvokeEvent, input: unknown) => {
      if (!isTrustedSender(event, trusted)) {
        return { ok: false, error: `The request "${channel}" came from an unknown page.` }
      }
      return handlers[channel](input)
    })
  }
}

function isTrustedSender(event: IpcMainInvokeEvent, trusted: TrustedSender): boolean {
  const contents = trusted.appContents()
  const frame = event.senderFrame
  return (
    contents !== null &&
    event.sender === contents &&
    frame !== null &&
    frame.parent === null &&
    isSameAppOrigin(frame.url, trusted.appUrl())
  )
}
