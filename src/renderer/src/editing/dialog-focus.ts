/**
 * Keeps the keyboard in the topmost open modal dialog, as the browser does for a dialog opened
 * with `showModal()`: Tab and Shift+Tab go round its controls, and focus that lands outside it
 * (moved by a script, or by a screen reader) is brought back in.
 */

const openDialogs: HTMLElement[] = []

const FOCUSABLE =
  'a[href], button, input, select, textarea, summary, iframe, [tabindex], [contenteditable="true"]'

/** The controls Tab stops at in `root`, in tree order. */
function tabStopsIn(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) =>
      element.tabIndex >= 0 &&
      !element.matches(':disabled') &&
      !(element instanceof HTMLInputElement && element.type === 'hidden') &&
      element.checkVisibility(),
  )
}

/** The dialog that has the keyboard: the last one opened of those still open. */
export function topDialog(): HTMLElement | undefined {
  return openDialogs.at(-1)
}

/** Marks the control that takes the focus when its dialog opens (the safe answer, say). */
const CHOSEN = '[data-autofocus]'

/**
 * The control marked `data-autofocus`, else its first, as `showModal()` would; the dialog
 * itself when it has none yet.
 */
function focusInto(dialog: HTMLElement): void {
  const stops = tabStopsIn(dialog)
  ;(stops.find((element) => element.matches(CHOSEN)) ?? stops[0] ?? dialog).focus()
}

function bringFocusBack(event: FocusEvent): void {
  const top = topDialog()
  if (top && event.target instanceof Node && !top.contains(event.target)) focusInto(top)
}

/**
 * Makes `dialog` the one that holds the keyboard and moves focus into it: to its control marked
 * `data-autofocus`, else to its first unless focus is in it already. (The dialog's `show()`
 * focuses its first control, and React's `autoFocus` acts before the dialog is shown: a
 * question's safe answer must be chosen here, or Enter would take the first, "Delete".) The
 * function returned lets go (the dialog under it, if any, holds it again).
 */
export function holdFocus(dialog: HTMLElement): () => void {
  if (openDialogs.length === 0) document.addEventListener('focusin', bringFocusBack)
  openDialogs.push(dialog)
  if (dialog.querySelector(CHOSEN) || !dialog.contains(document.activeElement)) focusInto(dialog)
  return () => {
    const at = openDialogs.indexOf(dialog)
    if (at >= 0) openDialogs.splice(at, 1)
    if (openDialogs.length === 0) document.removeEventListener('focusin', bringFocusBack)
  }
}

/** Tab past the last control goes to the first, Shift+Tab before the first to the last. */
export function wrapTab(
  dialog: HTMLElement,
  event: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'preventDefault'>,
): void {
  if (event.key !== 'Tab' || topDialog() !== dialog) return
  const stops = tabStopsIn(dialog)
  const active = document.activeElement
  const inside = active !== dialog && dialog.contains(active)
  const [first] = stops
  const last = stops.at(-1)
  if (!first || !last) {
    event.preventDefault()
  } else if (event.shiftKey && (!inside || active === first)) {
    event.preventDefault()
    last.focus()
  } else if (!event.shiftKey && (!inside || active === last)) {
    event.preventDefault()
    first.focus()
  }
}
