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
  useLayoutEffect(() => {
    const element = dialog.current
    if (!element) return
    const opener = document.activeElement
    element.showModal()
    return () => {
      if (element.open) element.close()
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus()
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
