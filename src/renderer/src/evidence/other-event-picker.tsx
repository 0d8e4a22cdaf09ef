import { useEffect, useState } from 'react'
import type { EventSummary } from '../../../shared/store'
import { api, unwrap } from '../api-client'
import { displayDate } from '../format'

/** How many matches are offered at once: more words narrow them. */
const SHOWN = 20
/** Typing settles this long before the timeline is searched. */
const SEARCH_DELAY_MS = 150

interface Found {
  items: EventSummary[]
  total: number
}

/**
 * Finds the other event of a link by the words of its title, notes or claims (the app's own
 * search), and offers the first matches as radio buttons; the one chosen stays offered.
 */
export function OtherEventPicker({
  chosenId,
  onChoose,
}: {
  chosenId: string | null
  onChoose(event: EventSummary): void
}) {
  const [text, setText] = useState('')
  const [found, setFound] = useState<Found | null>(null)
  const [chosen, setChosen] = useState<EventSummary | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let current = true
    const words = text.trim()
    const timer = setTimeout(() => {
      const query = words ? { text: words } : {}
      unwrap(api.listEventsPage({ query, offset: 0, limit: SHOWN }))
        .then((page) => {
          if (!current) return
          setFound({ items: page.items, total: page.total })
          setError(null)
        })
        .catch((e: Error) => {
          if (current) setError(e.message)
        })
    }, SEARCH_DELAY_MS)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [text])

  const items = found?.items ?? []
  const offered =
    chosen && chosen.id === chosenId && !items.some((e) => e.id === chosen.id)
      ? [chosen, ...items]
      : items
  const more = found ? found.total - found.items.length : 0
  return (
    <div className="other-event-picker">
      <div className="field">
        <label htmlFor="link-search">Find the other event</label>
        <input
          id="link-search"
          type="search"
          value={text}
          aria-describedby="link-search-count"
          placeholder="Words of its title, notes or claims"
          onChange={(e) => setText(e.target.value)}
        />
        <p id="link-search-count" className="field-hint" aria-live="polite">
          {error
            ? `The search failed: ${error}`
            : found === null
              ? 'Searching…'
              : found.total === 0
                ? 'No event matches these words.'
                : more > 0
                  ? `${found.total} events match; the first ${SHOWN} are shown. Type more words to narrow them.`
                  : `${found.total} ${found.total === 1 ? 'event matches' : 'events match'}.`}
        </p>
      </div>
      <fieldset className="other-event-list">
        <legend>Other event</legend>
        {offered.map((event) => (
          <label key={event.id} className="other-event-option">
            <input
              type="radio"
              name="link-other-event"
              value={event.id}
              checked={event.id === chosenId}
              onChange={() => {
                setChosen(event)
                onChoose(event)
              }}
            />
            <span className="other-event-title">{event.title}</span>
            <span className="other-event-date">{displayDate(event).text}</span>
          </label>
        ))}
      </fieldset>
    </div>
  )
}
