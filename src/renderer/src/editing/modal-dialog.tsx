import { useLayoutEffect, useRef, type ReactNode } from 'react'

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
 * A modal dialog that is open while it is rendered: the browser keeps focus and the keyboard
 * in it, and when it goes, focus goes back to where it was when it opened (the removal of an
 * open dialog from the page would not do that by itself).
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
      element.showModal()
    }
    return () => {
      // Once the commit that removes the dialog is done (which takes it out of the top layer):
      // closing restyles the whole page, no longer inert, and done here it would hold up the
      // requests the commit's effects send. Still in the page, it is being shown again.
      queueMicrotask(() => {
        const before = opener.current
        if (element.isConnected) return
        if (before instanceof HTMLElement && before.isConnected) before.focus()
      })
    }
  }, [])
  return (
    <dialog
      ref={dialog}
      className={`modal-dialog ${className}`}
      role={role === 'alertdialog' ? 'alertdialog' : undefined}
      aria-label={label}
      aria-describedby={describedBy}
      onCancel={(event) => {
        event.preventDefault()
        onCancel()
      }}
    >
      {children}
    </dialog>
  )
}
