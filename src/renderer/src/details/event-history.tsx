import { useEffect, useState } from 'react'
import type { HistoryEntry } from '../../../shared/edits'
import { api, unwrap } from '../api-client'
import { formatTimestamp } from '../format'

/** An emptied field reads as a dash, not as nothing. */
function shown(value: string): string {
  return value === '' ? '—' : value
}

/**
 * The event's History: when it was created, and every edit since, newest first, with each
 * field it changed and its value before and after — when a claim went from reported to
 * denied, and who could tell. Asked again after every edit, undo and redo.
 */
export function EventHistory({ eventId, dataVersion }: { eventId: string; dataVersion: number }) {
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    let current = true
    unwrap(api.getEventHistory({ id: eventId }))
      .then((found) => {
        if (!current) return
        setEntries(found)
        setError(null)
      })
      .catch((e: Error) => {
        if (current) setError(e.message)
      })
    return () => {
      current = false
    }
  }, [eventId, dataVersion])

  return (
    <section className="event-history" aria-labelledby="history-heading">
      <h3 id="history-heading">History</h3>
      {error ? <p role="alert">The history could not be read: {error}</p> : null}
      {entries && entries.length === 0 ? (
        <p className="history-empty">No edit made in the app yet.</p>
      ) : null}
      {entries && entries.length > 0 ? (
        <ol className="history" aria-label="History">
          {/* Keyed by the edit, so the entry an edit adds at the top is the only one drawn. */}
          {entries.map((entry) => (
            <li key={entry.seq} className={`history-entry history-${entry.action}`}>
              <p className="history-what">
                <time dateTime={entry.at}>{formatTimestamp(entry.at)}</time>
                {' · '}
                {entry.label}
              </p>
              {entry.changes.length > 0 ? (
                <ul className="history-changes">
                  {entry.changes.map((change) => (
                    <li key={change.field}>
                      <span className="history-field">{change.field}:</span> {shown(change.before)}{' '}
                      → {shown(change.after)}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
    </section>
  )
}
