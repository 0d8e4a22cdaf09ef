import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { STATUSES, TRACK_LABELS, TRACKS, type Status, type Track } from '../../shared/model'
import type { EventDetail, EventQuery, EventSummary, StoreStatus } from '../../shared/store'
import { api, unwrap } from './api-client'
import { EventDetails } from './details/event-details'
import { formatRange, STATUS_LABELS, STATUS_MARKS } from './format'
import { DataProblems } from './layout/data-problems'
import { EventList } from './layout/event-list'
import { TimelineView, type TimelineHandle, type VisibleRange } from './timeline/timeline-view'

function toggle<T>(list: T[], value: T): T[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value]
}

export function App() {
  const [status, setStatus] = useState<StoreStatus | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [events, setEvents] = useState<EventSummary[]>([])
  const [text, setText] = useState('')
  const [tracks, setTracks] = useState<Track[]>([...TRACKS])
  const [statuses, setStatuses] = useState<Status[]>([...STATUSES])
  const [selectedId, setSelectedId] = useState<string | null>(null)
  const [detail, setDetail] = useState<EventDetail | null>(null)
  const [detailError, setDetailError] = useState<string | null>(null)
  const [range, setRange] = useState<VisibleRange | null>(null)
  const timeline = useRef<TimelineHandle>(null)

  const query = useMemo<EventQuery>(
    () => ({
      text: text.trim() === '' ? undefined : text,
      tracks: tracks.length === TRACKS.length ? undefined : tracks,
      statuses: statuses.length === STATUSES.length ? undefined : statuses,
    }),
    [text, tracks, statuses],
  )

  useEffect(() => {
    unwrap(api.getStoreStatus())
      .then(setStatus)
      .catch((error: Error) => setLoadError(error.message))
  }, [])

  useEffect(() => {
    let current = true
    unwrap(api.listEvents(query))
      .then((found) => {
        if (current) setEvents(found)
      })
      .catch((error: Error) => setLoadError(error.message))
    return () => {
      current = false
    }
  }, [query])

  useEffect(() => {
    if (!selectedId) return
    let current = true
    unwrap(api.getEvent({ id: selectedId }))
      .then((found) => {
        if (current) {
          setDetail(found)
          setDetailError(null)
        }
      })
      .catch((error: Error) => {
        if (current) setDetailError(error.message)
      })
    return () => {
      current = false
    }
  }, [selectedId])

  const step = useCallback(
    (id: string, direction: -1 | 1) => {
      const index = events.findIndex((event) => event.id === id)
      const next = events[index + direction]
      if (!next) return
      setSelectedId(next.id)
      timeline.current?.focusEvent(next.id)
    },
    [events],
  )

  const markReady = useCallback(() => {
    if (status) document.documentElement.dataset['appState'] = 'ready'
  }, [status])

  useEffect(() => {
    if (status && events.length === 0) markReady()
  }, [status, events, markReady])

  const onTimelineKey = (event: React.KeyboardEvent<HTMLElement>) => {
    if (event.target !== event.currentTarget) return
    if (event.key === '+' || event.key === '=') timeline.current?.zoomIn()
    else if (event.key === '-') timeline.current?.zoomOut()
    else if (event.key === '0') timeline.current?.fitAll()
    else if (event.key === 'ArrowLeft') timeline.current?.pan(-0.2)
    else if (event.key === 'ArrowRight') timeline.current?.pan(0.2)
    else return
    event.preventDefault()
  }

  return (
    <div className="app">
      <header className="app-header">
        <div className="app-title">
          <h1>Diplomatic Timeline</h1>
          <p className="subtitle">US–Russia–Ukraine talks, 2025</p>
        </div>
        <input
          type="search"
          className="search"
          aria-label="Search events"
          placeholder="Search titles, notes, sources…"
          value={text}
          onChange={(e) => setText(e.target.value)}
        />
        <div className="zoom-controls" role="group" aria-label="Zoom">
          <button type="button" onClick={() => timeline.current?.zoomIn()}>
            Zoom in
          </button>
          <button type="button" onClick={() => timeline.current?.zoomOut()}>
            Zoom out
          </button>
          <button type="button" onClick={() => timeline.current?.fitAll()}>
            Fit all
          </button>
        </div>
        <p className="range-readout" aria-live="polite" aria-label="Visible range">
          {range ? formatRange(range.start, range.end) : ''}
        </p>
      </header>

      <div className="filters" role="group" aria-label="Filters">
        <fieldset>
          <legend>Tracks</legend>
          {TRACKS.map((track) => (
            <label key={track} className="chip-toggle">
              <input
                type="checkbox"
                checked={tracks.includes(track)}
                onChange={() => setTracks((list) => toggle(list, track))}
              />
              {TRACK_LABELS[track]}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Status</legend>
          {STATUSES.map((value) => (
            <label key={value} className={`chip-toggle status-${value}`}>
              <input
                type="checkbox"
                checked={statuses.includes(value)}
                onChange={() => setStatuses((list) => toggle(list, value))}
              />
              <span aria-hidden="true">{STATUS_MARKS[value]}</span> {STATUS_LABELS[value]}
            </label>
          ))}
        </fieldset>
      </div>

      {loadError ? (
        <p role="alert" className="load-error">
          {loadError}
        </p>
      ) : null}
      {status ? <DataProblems problems={status.problems} /> : null}

      <main className="workspace">
        <section
          className="timeline-region"
          aria-label="Timeline"
          tabIndex={0}
          onKeyDown={onTimelineKey}
        >
          <TimelineView
            ref={timeline}
            events={events}
            selectedId={selectedId}
            initialRange={null}
            onSelect={setSelectedId}
            onStep={step}
            onRangeChange={setRange}
            onDrawn={markReady}
          />
        </section>
        <EventList events={events} selectedId={selectedId} onSelect={setSelectedId} />
        <EventDetails
          event={selectedId !== null && detail?.id === selectedId ? detail : null}
          error={detailError}
          onClose={() => {
            const closed = selectedId
            setSelectedId(null)
            if (closed) timeline.current?.focusEvent(closed)
          }}
        />
      </main>
    </div>
  )
}
