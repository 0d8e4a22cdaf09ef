import { describe, expect, it } from 'vitest'
import { stepOfKey } from './edit-keys'

const press = (
  key: string,
  mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {},
) => stepOfKey({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods })

describe('the keys of Undo and Redo', () => {
  it('undo with Ctrl+Z or Cmd+Z, and redo with the Shift', () => {
    expect(press('z', { ctrlKey: true })).toBe('undo')
    expect(press('z', { metaKey: true })).toBe('undo')
    expect(press('Z', { ctrlKey: true, shiftKey: true })).toBe('redo')
    expect(press('Z', { metaKey: true, shiftKey: true })).toBe('redo')
  })

  it('redo with Ctrl+Y as on Windows', () => {
    expect(press('y', { ctrlKey: true })).toBe('redo')
  })

  it('leave every other key alone', () => {
    expect(press('z')).toBeNull()
    expect(press('z', { ctrlKey: true, altKey: true })).toBeNull()
    expect(press('y', { metaKey: true })).toBeNull()
    expect(press('e', { ctrlKey: true, shiftKey: true })).toBeNull()
  })
})
