import type { Annotation } from '../../../shared/annotations'
import { formatTimestamp } from '../format'
import { NoteMarkdown } from './lazy-note-markdown'

/** Notes whose event left the event store: kept and shown, never dropped. */
export function OrphanedNotes({ notes }: { notes: Annotation[] }) {
  if (notes.length === 0) return null
  return (
    <section className="orphaned-notes" aria-labelledby="orphaned-heading">
      <h2 id="orphaned-heading">Orphaned notes ({notes.length})</h2>
      <p className="hint">
        These notes belong to events that are no longer in the event store. They are kept here and
        in every export.
      </p>
      <ul aria-label="Orphaned notes">
        {notes.map((note) => (
          <li key={note.id}>
            <p className="orphan-event">
              On “{note.eventTitle}” <span className="role">({note.eventId})</span>, written{' '}
              {formatTimestamp(note.createdAt)}
            </p>
            <NoteMarkdown text={note.text} />
          </li>
        ))}
      </ul>
    </section>
  )
}
