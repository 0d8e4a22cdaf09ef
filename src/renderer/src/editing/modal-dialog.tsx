import { useLayoutEffect, useRef, type ReactNode } from 'react'
import { createPortal } from 'react-dom'
import { holdFocus, topDialog, wrapTab } from './dialog-focus'

interface Props {
  /** The dialog's accessible name. */
  label: string
  /** "alertdialog" for a question that must be answered before going on. */
  role?: 'dialog' | 'alertdialog'
  className: string
  /** Escape asks this; the owner decides whether the dialog goes (it is not while saving). */
  onCancel(): void
  describedBy?: string
  children: ReactNode
}

/**
 * A modal dialog that is open while it is rendered: focus and the keyboard stay in it, the page
 * behind takes no clicks and is hidden from assistive technology (`aria-modal`), and when it
 * goes, focus goes back to where it was when it opened.
 *
 * It is shown with `show()` over a backdrop of its own, not with `showModal()`: in Chromium a
 * modal dialog makes the whole page inert as it opens and live again as it closes, and either
 * restyles every element of the page (6–14 ms at 200,000 events, in the frame that shows a
 * saved edit). What the browser's modal mode gave is done here: the backdrop takes the
 * pointer, `dialog-focus` keeps the keyboard in, Escape cancels. It is drawn at the end of the
 * body, above everything, as the browser's top layer would.
 */
export function ModalDialog({ label, role, className, onCancel, describedBy, children }: Props) {
  const dialog = useRef<HTMLDialogElement>(null)
  const opener = useRef<Element | null>(null)
  useLayoutEffect(() => {
    const element = dialog.current
    if (!element) return
    // Already open: React's strict mode runs the effect again; the opener is the first one's.
    if (!element.open) {
      opener.current = document.activeElement
      element.show()
    }
    const letGo = holdFocus(element)
    return () => {
      letGo()
      // Once the commit that removes the dialog is done: focus moved sooner would run ahead of
      // the requests the commit's effects send. Still in the page, it is being shown again.
      queueMicrotask(() => {
        const before = opener.current
        if (element.isConnected) return
        if (before instanceof HTMLElement && before.isConnected) before.focus()
      })
    }
  }, [])
  return createPortal(
    <>
      <div className="modal-backdrop" />
      <dialog
        ref={dialog}
        className={`modal-dialog ${className}`}
        role={role === 'alertdialog' ? 'alertdialog' : undefined}
        aria-modal="true"
        aria-label={label}
        aria-describedby={describedBy}
        tabIndex={-1}
        onKeyDown={(event) => {
          const element = event.currentTarget
          if (event.key === 'Escape' && !event.defaultPrevented && topDialog() === element) {
            event.preventDefault()
            onCancel()
          }
          wrapTab(element, event)
        }}
      >
        {children}
      </dialog>
    </>,
    document.body,
  )
}
