import type * as Electron from 'electron'
import { describe, expect, it, vi } from 'vitest'
import {
  CHANNELS,
  NOTIFICATIONS,
  ipcChannelName,
  notificationChannelName,
  subscriberName,
} from '../shared/api'

type Listener = (event: Electron.IpcRendererEvent, ...args: unknown[]) => void

const bridge = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoked: [] as unknown[][],
  listeners: new Map<string, Set<unknown>>(),
}))

vi.mock('electron', () => {
  const contextBridge = {
    exposeInMainWorld(key: string, api: unknown): void {
      bridge.exposed.set(key, api)
    },
  } satisfies Pick<Electron.ContextBridge, 'exposeInMainWorld'>
  const ipcRenderer = {
    invoke: async (...args: unknown[]) => {
      bridge.invoked.push(args)
      return { ok: true, value: null }
    },
    on(channel: string, listener: Listener) {
      bridge.listeners.set(channel, (bridge.listeners.get(channel) ?? new Set()).add(listener))
      return this as unknown as Electron.IpcRenderer
    },
    removeListener(channel: string, listener: Listener) {
      bridge.listeners.get(channel)?.delete(listener)
      return this as unknown as Electron.IpcRenderer
    },
  } satisfies Pick<Electron.IpcRenderer, 'invoke' | 'on' | 'removeListener'>
  return { contextBridge, ipcRenderer }
})

await import('./index')
const api = bridge.exposed.get('api') as Record<string, (...args: unknown[]) => unknown>

describe('the preload', () => {
  it('exposes one object, api, with one named function per channel and notification', () => {
    expect([...bridge.exposed.keys()]).toEqual(['api'])
    expect(Object.keys(api).sort()).toEqual(
      [...CHANNELS, ...NOTIFICATIONS.map(subscriberName)].sort(),
    )
    for (const value of Object.values(api)) expect(typeof value).toBe('function')
  })

  it('gives the page no ipcRenderer and no generic invoke', () => {
    for (const name of ['ipcRenderer', 'invoke', 'send', 'on', 'require', 'process']) {
      expect(api).not.toHaveProperty(name)
    }
  })

  it('sends each call on its own channel with the input only', async () => {
    await api['getEvent']?.({ id: 'x' }, 'extra')
    expect(bridge.invoked).toEqual([[ipcChannelName('getEvent'), { id: 'x' }]])
  })

  it('calls a subscriber without the IPC event, and unsubscribes', () => {
    const listener = vi.fn()
    const unsubscribe = api[subscriberName('exportPdfRequested')]?.(listener) as () => void
    const channel = notificationChannelName('exportPdfRequested')
    const [handler] = [...(bridge.listeners.get(channel) ?? [])] as Listener[]
    handler?.({ sender: 'the ipcRenderer' } as unknown as Electron.IpcRendererEvent, 'payload')
    expect(listener).toHaveBeenCalledWith()
    unsubscribe()
    expect(bridge.listeners.get(channel)?.size).toBe(0)
  })
})
