/** The keys of Undo and Redo, and where they are left to the field being typed in. */

export type EditStep = 'undo' | 'redo'

const NOT_TEXT_INPUTS = new Set([
  'checkbox',
  'radio',
  'button',
  'submit',
  'reset',
  'range',
  'color',
  'file',
])

/** A field that keeps its own undo of typing: Ctrl+Z there undoes typing, not an edit. */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true
  return target instanceof HTMLInputElement && !NOT_TEXT_INPUTS.has(target.type)
}

/** Which step a key press asks for: Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z, and Ctrl+Y as on Windows. */
export function stepOfKey(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): EditStep | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null
  const key = event.key.toLowerCase()
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo'
  if (key === 'y' && event.ctrlKey && !event.shiftKey) return 'redo'
  return null
}
