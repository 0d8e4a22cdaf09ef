import { memo, useCallback, useEffect, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import type { Annotation } from '../../../shared/annotations'
import { api, unwrap } from '../api-client'
import { sameNotes, withoutNote, withSavedNote } from './note-order'
import { useNotesImports } from './notes-imported'
import { runAction } from '../failure-reports'
import { NoteItem } from './note-item'

const UNDO_MS = 15_000
/** A save answered sooner shows no "Saving…" (see `save`). */
const SAVING_SHOWN_AFTER_MS = 150

interface Props {
  eventId: string
}

interface Draft {
  /** The note being edited, or null for a new one. */
  id: string | null
  text: string
  error: string | null
  saving: boolean
}

function NoteEditor({
  draft,
  onChange,
  onSave,
  onCancel,
}: {
  draft: Draft
  onChange(text: string): void
  onSave(): void
  onCancel(): void
}) {
  return (
    <form
      className="note-editor"
      onSubmit={(event) => {
        event.preventDefault()
        onSave()
      }}
    >
      <label className="visually-hidden" htmlFor="note-text">
        Note
      </label>
      <textarea
        id="note-text"
        aria-label="Note"
        aria-describedby="note-help"
        rows={5}
        autoFocus
        value={draft.text}
        onChange={(event) => onChange(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault()
            onSave()
          } else if (event.key === 'Escape') {
            event.stopPropagation()
            onCancel()
          }
        }}
      />
      <p id="note-help" className="hint">
        Markdown allowed. Ctrl+Enter (⌘+Enter) saves.
      </p>
      {draft.error ? (
        <p role="alert" className="error-text">
          {draft.error}
        </p>
      ) : null}
      <div className="button-row">
        <button
          type="submit"
          className="primary"
          disabled={draft.saving || draft.text.trim() === ''}
        >
          {draft.saving ? 'Saving…' : 'Save note'}
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  )
}

/**
 * The user's own notes on one event: newest first, added, edited, deleted with Undo. Each change
 * is one request, shown from its answer; the main process tells the other panels itself. Drawn
 * again only for another event or its own changes, not with every redraw of the details.
 */
export const MyNotes = memo(function MyNotes({ eventId }: Props) {
  const [notes, setNotes] = useState<Annotation[]>([])
  const [loadError, setLoadError] = useState<string | null>(null)
  const [draft, setDraft] = useState<Draft | null>(null)
  const [deleted, setDeleted] = useState<Annotation | null>(null)
  const [message, setMessage] = useState('')
  const undoTimer = useRef<number | undefined>(undefined)

  // Read again after an import too, which may have added notes to this event.
  const imports = useNotesImports()
  useEffect(() => {
    let current = true
    unwrap(api.listAnnotations({ eventId }))
      .then((found) => {
        if (!current) return
        setNotes((shown) => (sameNotes(shown, found) ? shown : found))
        setLoadError(null)
      })
      .catch((error: Error) => {
        if (current) setLoadError(error.message)
      })
    return () => {
      current = false
    }
  }, [eventId, imports])

  useEffect(() => () => window.clearTimeout(undoTimer.current), [])

  const inFlight = useRef(false)
  const save = async () => {
    if (!draft || inFlight.current) return
    // Said here in plain words, before the main process refuses it in its own.
    if (draft.text.trim() === '') {
      setDraft({ ...draft, error: 'The note is empty: write something to save it.' })
      return
    }
    inFlight.current = true
    // As in the Event dialog: most saves are answered within a frame, and drawing the form as
    // saving first only held up the saved note. A slow save still shows "Saving…".
    const slow = window.setTimeout(
      () => setDraft((shown) => shown && { ...shown, saving: true }),
      SAVING_SHOWN_AFTER_MS,
    )
    if (draft.error !== null) setDraft({ ...draft, error: null })
    try {
      const saved =
        draft.id === null
          ? await unwrap(api.addAnnotation({ eventId, text: draft.text }))
          : await unwrap(api.updateAnnotation({ id: draft.id, text: draft.text }))
      window.clearTimeout(slow)
      // The saved note as the main process answered it, not asked for again, and drawn before
      // the task that brought the answer ends: left to React's scheduler, the drawing runs in a
      // task of its own, and a frame could come first and be painted without the note.
      flushSync(() => {
        setNotes((shown) => withSavedNote(shown, saved))
        setDraft(null)
        setMessage(draft.id === null ? 'Note saved.' : 'Note updated.')
      })
    } catch (error) {
      window.clearTimeout(slow)
      // The text stays in the box: nothing the user typed is lost by a failed save.
      setDraft({
        ...draft,
        saving: false,
        error: /not saved/.test((error as Error).message)
          ? (error as Error).message
          : `The note was not saved: ${(error as Error).message}`,
      })
    } finally {
      inFlight.current = false
    }
  }

  const remove = useCallback(async (note: Annotation) => {
    try {
      const removed = await unwrap(api.deleteAnnotation({ id: note.id }))
      flushSync(() => {
        setNotes((shown) => withoutNote(shown, removed))
        setDeleted(removed)
        setMessage('Note deleted.')
      })
      window.clearTimeout(undoTimer.current)
      undoTimer.current = window.setTimeout(() => setDeleted(null), UNDO_MS)
    } catch (error) {
      setMessage(`The note was not deleted: ${(error as Error).message}`)
    }
  }, [])
  const edit = useCallback(
    (note: Annotation) => setDraft({ id: note.id, text: note.text, error: null, saving: false }),
    [],
  )
  const confirmRemove = useCallback(
    (note: Annotation) => runAction('Deleting the note', () => remove(note)),
    [remove],
  )

  const undo = async () => {
    if (!deleted) return
    try {
      const restored = await unwrap(api.restoreAnnotation({ annotation: deleted }))
      flushSync(() => {
        setNotes((shown) => withSavedNote(shown, restored))
        setDeleted(null)
        setMessage('Note restored.')
      })
      window.clearTimeout(undoTimer.current)
    } catch (error) {
      setMessage(`The note was not restored: ${(error as Error).message}`)
    }
  }

  return (
    <section className="my-notes" aria-labelledby="my-notes-heading">
      <div className="section-heading-row">
        <h3 id="my-notes-heading">My notes</h3>
        {draft === null ? (
          <button
            type="button"
            onClick={() => setDraft({ id: null, text: '', error: null, saving: false })}
          >
            Add note
          </button>
        ) : null}
      </div>
      <p role="status" className="status-line">
        {message}
        {deleted ? (
          <button type="button" className="link-button" onClick={() => runAction('Undoing', undo)}>
            Undo
          </button>
        ) : null}
      </p>
      {loadError ? <p role="alert">{loadError}</p> : null}
      {draft !== null && draft.id === null ? (
        <NoteEditor
          draft={draft}
          onChange={(text) => setDraft({ ...draft, text })}
          onSave={() => runAction('Saving the note', save)}
          onCancel={() => setDraft(null)}
        />
      ) : null}
      {notes.length === 0 && draft === null ? <p className="empty-notes">No notes yet.</p> : null}
      <ul className="note-list" aria-label="My notes">
        {notes.map((note) => (
          <li key={note.id} className="note">
            {draft !== null && draft.id === note.id ? (
              <NoteEditor
                draft={draft}
                onChange={(text) => setDraft({ ...draft, text })}
                onSave={() => runAction('Saving the note', save)}
                onCancel={() => setDraft(null)}
              />
            ) : (
              <NoteItem note={note} onEdit={edit} onDelete={confirmRemove} />
            )}
          </li>
        ))}
      </ul>
    </section>
  )
})
