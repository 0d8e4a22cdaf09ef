import type { EditState } from '../../../shared/edits'

export interface EditCommands {
  state: EditState
  addEvent(): void
  manage(): void
  undo(): void
  redo(): void
}

/** The header's editing commands: add an event, manage the catalogue, undo and redo. */
export function EditActions({ commands }: { commands: EditCommands }) {
  const { undoLabel, redoLabel } = commands.state
  return (
    <div className="edit-actions" role="group" aria-label="Edit">
      <button type="button" onClick={commands.addEvent}>
        Add event
      </button>
      <button type="button" onClick={commands.manage}>
        Manage
      </button>
      <button
        type="button"
        disabled={undoLabel === null}
        title={undoLabel === null ? 'Nothing to undo' : `Undo ${undoLabel}`}
        onClick={commands.undo}
      >
        Undo
      </button>
      <button
        type="button"
        disabled={redoLabel === null}
        title={redoLabel === null ? 'Nothing to redo' : `Redo ${redoLabel}`}
        onClick={commands.redo}
      >
        Redo
      </button>
    </div>
  )
}
