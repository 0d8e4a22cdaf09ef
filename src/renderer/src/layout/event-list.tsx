import { useEffect, useMemo, useRef, useState } from 'react'
import { trackLabel } from '../timeline-tracks'
import { STATUS_LABELS, STATUS_MARKS } from '../../../shared/vocabulary'
import type { EventQuery, EventSummary } from '../../../shared/store'
import { api, unwrap } from '../api-client'
import { displayDate } from '../format'
import { useDataAndNotesVersion } from '../notes/use-notes-version'

/** Up to this many events the list is drawn whole (a screen reader reads it all); beyond, only the rows in view. */
const FULL_LIST_LIMIT = 150
const PAGE_SIZE = 100
const ROW_HEIGHT = 46
const OVERSCAN = 12

interface Props {
  query: EventQuery
  /** Changes whenever the timeline's events change, once edits have paused. */
  dataVersion: number
  /** The events changed and `dataVersion` has not caught up yet: the list is marked busy. */
  settling: boolean
  selectedId: string | null
  onSelect(id: string): void
}

interface Loaded {
  key: string
  total: number
  pages: Map<number, EventSummary[]>
}

function Row({
  event,
  position,
  total,
  selected,
  onSelect,
}: {
  event: EventSummary
  position: number
  total: number
  selected: boolean
  onSelect(id: string): void
}) {
  return (
    <li
      className={selected ? 'selected' : undefined}
      aria-setsize={total}
      aria-posinset={position + 1}
    >
      <button
        type="button"
        className="event-list-item"
        aria-current={selected ? 'true' : undefined}
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
          {trackLabel(event.track)} ·{' '}
          <span className={`status-text status-${event.status}`}>
            <span aria-hidden="true">{STATUS_MARKS[event.status]} </span>
            {STATUS_LABELS[event.status]}
          </span>
        </span>
      </button>
    </li>
  )
}

/**
 * The screen-reader path through the timeline: every matching event, in time order. It is
 * fetched a page at a time, and past a few hundred events only the rows in view are drawn
 * (each says its place in the whole list), so a store of any size stays quick.
 */
export function EventList({ query, dataVersion, settling, selectedId, onSelect }: Props) {
  // Rows show their note counts, and a search finds notes' words: both follow the notes.
  const version = useDataAndNotesVersion(dataVersion)
  const key = useMemo(() => `${version}:${JSON.stringify(query)}`, [query, version])
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [firstRow, setFirstRow] = useState(0)
  const [viewportHeight, setViewportHeight] = useState(600)
  const requested = useRef(new Set<string>())

  useEffect(() => {
    let current = true
    requested.current = new Set([`${key}#0`])
    // The first page answers fast; a list short enough to draw whole gets the rest before it
    // is shown, a long one fetches pages as they scroll into view.
    unwrap(api.listEventsPage({ query, offset: 0, limit: PAGE_SIZE }))
      .then(async (first) => {
        const rest =
          first.total > PAGE_SIZE && first.total <= FULL_LIST_LIMIT
            ? await unwrap(api.listEventsPage({ query, offset: PAGE_SIZE, limit: FULL_LIST_LIMIT }))
            : null
        return { total: first.total, items: rest ? [...first.items, ...rest.items] : first.items }
      })
      .then((page) => {
        if (!current) return
        const pages = new Map<number, EventSummary[]>()
        for (let i = 0; i * PAGE_SIZE < page.items.length; i += 1) {
          pages.set(i, page.items.slice(i * PAGE_SIZE, (i + 1) * PAGE_SIZE))
          requested.current.add(`${key}#${i}`)
        }
        setLoaded({ key, total: page.total, pages })
        setError(null)
      })
      .catch((e: Error) => {
        if (current) setError(e.message)
      })
    return () => {
      current = false
    }
  }, [key, query])

  const busy = loaded?.key !== key
  // While a new query or changed data are asked for, the list answered last stays (marked busy):
  // showing none would flash "Events (0)" after every note saved.
  const total = loaded?.total ?? 0
  const virtual = total > FULL_LIST_LIMIT
  const visibleRows = Math.ceil(viewportHeight / ROW_HEIGHT)
  const from = virtual ? Math.max(0, firstRow - OVERSCAN) : 0
  const to = virtual ? Math.min(total, firstRow + visibleRows + OVERSCAN) : total

  // Fetch the pages the rows in view need.
  useEffect(() => {
    if (!loaded || busy || !virtual) return
    for (let page = Math.floor(from / PAGE_SIZE); page * PAGE_SIZE < to; page += 1) {
      const tag = `${loaded.key}#${page}`
      if (loaded.pages.has(page) || requested.current.has(tag)) continue
      requested.current.add(tag)
      unwrap(api.listEventsPage({ query, offset: page * PAGE_SIZE, limit: PAGE_SIZE }))
        .then((result) =>
          setLoaded((state) =>
            state && state.key === loaded.key
              ? { ...state, pages: new Map(state.pages).set(page, result.items) }
              : state,
          ),
        )
        .catch((e: Error) => setError(e.message))
    }
  }, [loaded, busy, virtual, from, to, query])

  const rows: Array<{ position: number; event: EventSummary | undefined }> = []
  for (let position = from; position < to; position += 1) {
    const page = loaded?.pages.get(Math.floor(position / PAGE_SIZE))
    rows.push({ position, event: page?.[position % PAGE_SIZE] })
  }

  return (
    <section
      className="event-list-panel"
      aria-labelledby="event-list-heading"
      aria-busy={busy || settling}
      data-testid="event-list-panel"
    >
      <h2 id="event-list-heading" className="panel-heading">
        Events <span className="count">({total.toLocaleString()})</span>
      </h2>
      {error ? <p role="alert">{error}</p> : null}
      {total === 0 && !busy ? (
        <p className="empty">No event matches the search and filters.</p>
      ) : null}
      <div
        className="event-list-scroller"
        onScroll={(e) => {
          if (!virtual) return
          setFirstRow(Math.floor(e.currentTarget.scrollTop / ROW_HEIGHT))
          setViewportHeight(e.currentTarget.clientHeight)
        }}
      >
        <ul
          className={virtual ? 'event-list virtual' : 'event-list'}
          aria-label="Event list"
          style={
            virtual
              ? { paddingTop: from * ROW_HEIGHT, paddingBottom: (total - to) * ROW_HEIGHT }
              : undefined
          }
        >
          {rows.map(({ position, event }) =>
            event ? (
              <Row
                key={event.id}
                event={event}
                position={position}
                total={total}
                selected={event.id === selectedId}
                onSelect={onSelect}
              />
            ) : (
              <li
                key={`pending-${position}`}
                className="pending"
                aria-setsize={total}
                aria-posinset={position + 1}
              >
                Loading…
              </li>
            ),
          )}
        </ul>
      </div>
    </section>
  )
}
