import { memo } from 'react'
import type { Annotation } from '../../../shared/annotations'
import { formatTimestamp } from '../format'
import { NoteMarkdown } from './lazy-note-markdown'

interface Props {
  note: Annotation
  onEdit(note: Annotation): void
  onDelete(note: Annotation): void
}

/**
 * One saved note: its Markdown, when it was written and edited, and its buttons. Drawn again
 * only when the note itself changes, so a note saved on an event with tens of them draws one
 * item, not all of them, in the frame that shows it.
 */
export const NoteItem = memo(function NoteItem({ note, onEdit, onDelete }: Props) {
  return (
    <>
      <NoteMarkdown text={note.text} />
      <p className="note-meta">
        Created <time dateTime={note.createdAt}>{formatTimestamp(note.createdAt)}</time>
        {note.updatedAt !== note.createdAt ? (
          <>
            {' · edited '}
            <time dateTime={note.updatedAt}>{formatTimestamp(note.updatedAt)}</time>
          </>
        ) : null}
      </p>
      <div className="button-row">
        <button type="button" onClick={() => onEdit(note)}>
          Edit note
        </button>
        <button type="button" onClick={() => onDelete(note)}>
          Delete note
        </button>
      </div>
    </>
  )
})
