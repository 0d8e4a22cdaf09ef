import { describe, expect, it } from 'vitest'
import { restoreBounds, type WindowState } from './window-state'

const primary = { x: 0, y: 0, width: 1920, height: 1080 }
const saved: WindowState = { x: 100, y: 80, width: 1300, height: 850, maximized: false }

describe('restoreBounds', () => {
  it('opens centred on the primary display the first time', () => {
    expect(restoreBounds(null, [primary], primary)).toEqual({
      x: 320,
      y: 130,
      width: 1280,
      height: 820,
      maximized: false,
    })
  })

  it('restores the remembered size and place when it is on a display', () => {
    expect(restoreBounds(saved, [primary], primary)).toEqual(saved)
  })

  it('falls back to the primary display when the remembered one is gone', () => {
    const offScreen = { ...saved, x: 2500, maximized: true }
    const restored = restoreBounds(offScreen, [primary], primary)
    expect(restored.x).toBe(320)
    expect(restored.maximized).toBe(true)
  })

  it('keeps a window on a second display', () => {
    const second = { x: 1920, y: 0, width: 2560, height: 1440 }
    const there = { ...saved, x: 2100 }
    expect(restoreBounds(there, [primary, second], primary)).toEqual(there)
  })
})
