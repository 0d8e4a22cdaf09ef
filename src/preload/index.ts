import { contextBridge, ipcRenderer } from 'electron'
import { CHANNELS, ipcChannelName, type Api } from '../shared/api'

// One named function per contract channel; the renderer never sees ipcRenderer.
const api = Object.fromEntries(
  CHANNELS.map((channel) => [
    channel,
    (input?: unknown) => ipcRenderer.invoke(ipcChannelName(channel), input),
  ]),
) as Api

contextBridge.exposeInMainWorld('api', api)
