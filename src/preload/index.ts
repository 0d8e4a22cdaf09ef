import { contextBridge, ipcRenderer } from 'electron'
import {
  CHANNELS,
  NOTIFICATIONS,
  ipcChannelName,
  notificationChannelName,
  subscriberName,
  type Api,
} from '../shared/api'

// One named function per contract channel; the renderer never sees ipcRenderer.
const requests = CHANNELS.map((channel) => [
  channel,
  (input?: unknown) => ipcRenderer.invoke(ipcChannelName(channel), input),
])

// One subscriber per notification; the listener gets no event object, only the call.
const subscribers = NOTIFICATIONS.map((notification) => [
  subscriberName(notification),
  (listener: () => void) => {
    const channel = notificationChannelName(notification)
    const handler = () => listener()
    ipcRenderer.on(channel, handler)
    return () => {
      ipcRenderer.removeListener(channel, handler)
    }
  },
])

contextBridge.exposeInMainWorld('api', Object.fromEntries([...requests, ...subscribers]) as Api)
