import { useId, useState } from 'react'
import { ModalDialog } from './modal-dialog'

/**
 * Said when an edit is tried on a timeline that cannot be changed (the bundled sample, a
 * read-only file): nothing is changed, and "Save a copy" makes one the user can edit.
 */
export function ReadOnlyDialog({
  reason,
  onSaveCopy,
  onClose,
}: {
  reason: string
  onSaveCopy(): void
  onClose(): void
}) {
  const textId = useId()
  return (
    <ModalDialog
      label="This timeline is read-only"
      role="alertdialog"
      className="alert-dialog"
      describedBy={textId}
      onCancel={onClose}
    >
      <h2>This timeline is read-only</h2>
      <p id={textId}>
        {reason.replace(/\.$/, '')}. Nothing was changed. Save a copy to edit it: the copy is a
        timeline file of your own.
      </p>
      <div className="button-row">
        <button
          type="button"
          className="primary"
          data-autofocus
          onClick={() => {
            onClose()
            onSaveCopy()
          }}
        >
          Save a copy
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </ModalDialog>
  )
}

/** Asks before deleting an event; the delete can be undone, which it says. */
export function ConfirmDeleteDialog({
  title,
  onDelete,
  onClose,
}: {
  title: string
  onDelete(): Promise<void>
  onClose(): void
}) {
  const textId = useId()
  const [state, setState] = useState<{ deleting: boolean; error: string | null }>({
    deleting: false,
    error: null,
  })
  const remove = () => {
    setState({ deleting: true, error: null })
    onDelete().catch((e: Error) => setState({ deleting: false, error: e.message }))
  }
  return (
    <ModalDialog
      label="Delete event"
      role="alertdialog"
      className="alert-dialog"
      describedBy={textId}
      onCancel={() => {
        if (!state.deleting) onClose()
      }}
    >
      <h2>Delete event?</h2>
      <p id={textId}>“{title}” and its claims leave the timeline. Undo (Ctrl+Z) brings it back.</p>
      {state.error ? (
        <p role="alert" className="error-text">
          The event was not deleted: {state.error}
        </p>
      ) : null}
      <div className="button-row">
        <button type="button" className="danger" disabled={state.deleting} onClick={remove}>
          {state.deleting ? 'Deleting…' : 'Delete'}
        </button>
        <button type="button" data-autofocus disabled={state.deleting} onClick={onClose}>
          Cancel
        </button>
      </div>
    </ModalDialog>
  )
}

/**
 * Asked when the Event dialog is closed (Cancel, Escape) after something was typed in it: what
 * was typed is not thrown away on a key pressed to close a date picker or a suggestion list.
 */
export function DiscardChangesDialog({
  onDiscard,
  onKeepEditing,
}: {
  onDiscard(): void
  onKeepEditing(): void
}) {
  const textId = useId()
  return (
    <ModalDialog
      label="Discard changes"
      role="alertdialog"
      className="alert-dialog"
      describedBy={textId}
      onCancel={onKeepEditing}
    >
      <h2>Discard your changes?</h2>
      <p id={textId}>What you typed in this event has not been saved.</p>
      <div className="button-row">
        <button type="button" className="danger" onClick={onDiscard}>
          Discard changes
        </button>
        <button type="button" data-autofocus onClick={onKeepEditing}>
          Keep editing
        </button>
      </div>
    </ModalDialog>
  )
}
