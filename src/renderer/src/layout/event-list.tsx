import type { EventSummary } from '../../../shared/store'
import { TRACK_LABELS } from '../../../shared/model'
import { displayDate, STATUS_LABELS, STATUS_MARKS } from '../format'

interface Props {
  events: EventSummary[]
  /** True while the list is catching up with a new search or filter. */
  busy: boolean
  selectedId: string | null
  onSelect(id: string): void
}

/** The screen-reader path through the timeline: every matching event, in time order. */
export function EventList({ events, busy, selectedId, onSelect }: Props) {
  return (
    <section
      className="event-list-panel"
      aria-labelledby="event-list-heading"
      aria-busy={busy}
      data-testid="event-list-panel"
    >
      <h2 id="event-list-heading" className="panel-heading">
        Events <span className="count">({events.length})</span>
      </h2>
      {events.length === 0 && !busy ? (
        <p className="empty">No event matches the search and filters.</p>
      ) : null}
      <ul className="event-list" aria-label="Event list">
        {events.map((event) => (
          <li key={event.id} className={event.id === selectedId ? 'selected' : undefined}>
            <button
              type="button"
              className="event-list-item"
              aria-current={event.id === selectedId ? 'true' : undefined}
              onClick={() => onSelect(event.id)}
            >
              <span className="event-list-date">{displayDate(event).text}</span>
              <span className="event-list-title">
                {event.title}
                {event.noteCount > 0 ? (
                  <span className="note-badge">
                    {' '}
                    <span aria-hidden="true">✎</span> {event.noteCount}{' '}
                    {event.noteCount === 1 ? 'note' : 'notes'} of mine
                  </span>
                ) : null}
              </span>
              <span className="event-list-meta">
                {TRACK_LABELS[event.track]} ·{' '}
                <span className={`status-text status-${event.status}`}>
                  <span aria-hidden="true">{STATUS_MARKS[event.status]} </span>
                  {STATUS_LABELS[event.status]}
                </span>
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
