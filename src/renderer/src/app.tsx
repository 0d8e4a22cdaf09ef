import { useCallback, useEffect, useRef, useState } from 'react'
import type { Annotation } from '../../shared/annotations'
import type { Actor } from '../../shared/model'
import type { EventDetail, EventQuery, StoreStatus } from '../../shared/store'
import type { TimelineInfo } from '../../shared/timeline'
import type { UserDataNotice } from '../../shared/user-data'
import type { ViewState } from '../../shared/view-state'
import { api, unwrap } from './api-client'
import { onFailureReported, runAction } from './failure-reports'
import { EventDetails } from './details/event-details'
import { ExportPdfDialog } from './export/export-pdf-dialog'
import { AppHeader } from './layout/app-header'
import { DataProblems } from './layout/data-problems'
import { EventList } from './layout/event-list'
import { FilterBar } from './layout/filter-bar'
import { ReadOnlyBanner, useTimelineFileCommands } from './layout/timeline-file-actions'
import { OrphanedNotes } from './notes/orphaned-notes'
import { setTimelineTracks } from './timeline-tracks'
import { TimelineView, type TimelineHandle, type VisibleRange } from './timeline/timeline-view'

const VIEW_SAVE_DELAY_MS = 400

export interface Boot {
  timeline: TimelineInfo
  status: StoreStatus
  notices: UserDataNotice[]
  view: ViewState
  actors: Actor[]
  tags: string[]
}

/**
 * Asks for everything the first screen needs; the timeline waits for the remembered view.
 * Called before React first renders, so the core answers while React sets up.
 */
export function requestBoot(): Promise<Boot> {
  const request = Promise.all([
    unwrap(api.getTimeline()),
    unwrap(api.getStoreStatus()),
    unwrap(api.getUserDataNotices()),
    unwrap(api.getViewState()),
    unwrap(api.listActors()),
    unwrap(api.listTags()),
  ]).then(([timeline, status, notices, saved, actors, tags]) => {
    setTimelineTracks(timeline.tracks)
    document.title = `${timeline.title} — Diplomatic Timeline`
    // A view remembered of another timeline is not this one's.
    const view: ViewState =
      saved.timelineId === undefined || saved.timelineId === timeline.id
        ? saved
        : { schemaVersion: 1, range: null, query: {}, selectedId: null }
    return { timeline, status, notices, view, actors, tags }
  })
  // Its failure is shown by App, which takes it up only after React's first render.
  request.catch(() => undefined)
  return request
}

function useBoot(request: Promise<Boot>): { boot: Boot | null; error: string | null } {
  const [boot, setBoot] = useState<Boot | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    request.then(setBoot, (e: Error) => setError(e.message))
  }, [request])
  return { boot, error }
}

export function App({ bootRequest }: { bootRequest: Promise<Boot> }) {
  const { boot, error } = useBoot(bootRequest)
  if (error) {
    return (
      <p role="alert" className="load-error">
        The app could not start: {error}
      </p>
    )
  }
  if (!boot) return <p className="loading">Loading the event store…</p>
  return <Workspace boot={boot} />
}

function Workspace({ boot }: { boot: Boot }) {
  const [query, setQuery] = useState<EventQuery>(boot.view.query)
  const [selectedId, setSelectedId] = useState<string | null>(boot.view.selectedId)
  const [detail, setDetail] = useState<EventDetail | null>(null)
  const [detailError, setDetailError] = useState<string | null>(null)
  const [range, setRange] = useState<VisibleRange | null>(
    boot.view.range
      ? { start: new Date(boot.view.range.start), end: new Date(boot.view.range.end) }
      : null,
  )
  const [orphans, setOrphans] = useState<Annotation[]>([])
  const [notesVersion, setNotesVersion] = useState(0)
  const [message, setMessage] = useState('')
  const [drawn, setDrawn] = useState(false)
  // Opening an event moves focus to its details; stepping with the arrows keeps it on the timeline.
  const [focusDetails, setFocusDetails] = useState(false)
  const [exportOpen, setExportOpen] = useState(false)
  const fileCommands = useTimelineFileCommands(setMessage)
  useEffect(() => onFailureReported(setMessage), [])

  // File > Export PDF… (Ctrl/Cmd+Shift+E) in Electron's menu, and the same keys in the page.
  useEffect(() => {
    const unsubscribe = api.onExportPdfRequested(() => setExportOpen(true))
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.shiftKey && event.key.toLowerCase() === 'e') {
        event.preventDefault()
        setExportOpen(true)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => {
      unsubscribe()
      window.removeEventListener('keydown', onKey)
    }
  }, [])
  const timeline = useRef<TimelineHandle>(null)
  const [initialRange] = useState(range)

  useEffect(() => {
    let current = true
    unwrap(api.listOrphanedAnnotations())
      .then((found) => {
        if (current) setOrphans(found)
      })
      .catch((e: Error) => {
        if (current) setMessage(e.message)
      })
    return () => {
      current = false
    }
  }, [notesVersion])

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
      .catch((e: Error) => {
        if (current) setDetailError(e.message)
      })
    return () => {
      current = false
    }
  }, [selectedId])

  // Remember the view (range, filters, selection) shortly after it settles.
  useEffect(() => {
    const timer = window.setTimeout(() => {
      const state: ViewState = {
        schemaVersion: 1,
        range: range ? { start: range.start.toISOString(), end: range.end.toISOString() } : null,
        query,
        selectedId,
        timelineId: boot.timeline.id,
      }
      // The view is saved quietly, but a failure to save it is said.
      unwrap(api.saveViewState(state)).catch((e: Error) =>
        setMessage(`Your view could not be remembered: ${e.message}`),
      )
    }, VIEW_SAVE_DELAY_MS)
    return () => window.clearTimeout(timer)
  }, [range, query, selectedId, boot.timeline.id])

  useEffect(() => {
    if (drawn) document.documentElement.dataset['appState'] = 'ready'
  }, [drawn])

  const step = useCallback(
    (id: string, direction: -1 | 1) => {
      unwrap(api.adjacentEvent({ query, id, direction }))
        .then((next) => {
          if (!next) return
          setFocusDetails(false)
          setSelectedId(next.id)
          timeline.current?.focusEvent(next)
        })
        .catch((e: Error) => setMessage(e.message))
    },
    [query],
  )

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

  const exportNotes = async () => {
    try {
      const result = await unwrap(api.exportAnnotations())
      if (result) setMessage(`Exported ${result.count} notes to ${result.path}`)
    } catch (e) {
      setMessage(`Export failed: ${(e as Error).message}`)
    }
  }

  const importNotes = async () => {
    try {
      const result = await unwrap(api.importAnnotations())
      if (!result) return
      setMessage(
        `Imported from ${result.path}: ${result.added} added, ${result.keptSideBySide} kept beside a different version, ${result.unchanged} already there.`,
      )
      setNotesVersion((v) => v + 1)
    } catch (e) {
      setMessage((e as Error).message)
    }
  }

  const openEvent = useCallback((id: string) => {
    setFocusDetails(true)
    setSelectedId(id)
  }, [])

  const shownDetail = selectedId !== null && detail?.id === selectedId ? detail : null

  return (
    <div className="app">
      <AppHeader
        timeline={boot.timeline}
        fileCommands={fileCommands}
        query={query}
        onQuery={setQuery}
        view={timeline}
        range={range}
        onExportPdf={() => setExportOpen(true)}
        onExportNotes={() => runAction('Exporting your notes', exportNotes)}
        onImportNotes={() => runAction('Importing notes', importNotes)}
      />
      <ReadOnlyBanner info={boot.timeline} onSaveCopy={fileCommands.saveCopy} />

      <FilterBar query={query} actors={boot.actors} tags={boot.tags} onChange={setQuery} />

      <div className="messages">
        <p role="status" className="status-message">
          {message}
        </p>
        {boot.notices.length > 0 ? (
          <section className="notices" aria-label="Notices about your files">
            <div role="alert">
              {boot.notices.map((notice) => (
                <p key={notice.file}>{notice.message}</p>
              ))}
            </div>
          </section>
        ) : null}
        <DataProblems problems={boot.status.problems} moreProblems={boot.status.moreProblems} />
        <OrphanedNotes notes={orphans} />
      </div>

      <main className="workspace">
        <section
          className="timeline-region"
          aria-label="Timeline"
          aria-describedby="timeline-help"
          tabIndex={0}
          onKeyDown={onTimelineKey}
        >
          <p id="timeline-help" className="visually-hidden">
            Plus and minus zoom, left and right arrows pan, 0 fits all. On an event, Enter opens it
            and the arrow keys move to the previous or next event.
          </p>
          <TimelineView
            ref={timeline}
            query={query}
            notesVersion={notesVersion}
            selectedId={selectedId}
            initialRange={initialRange}
            onSelect={openEvent}
            onStep={step}
            onRangeChange={setRange}
            onDrawn={() => setDrawn(true)}
          />
        </section>
        <EventList
          query={query}
          notesVersion={notesVersion}
          selectedId={selectedId}
          onSelect={openEvent}
        />
        <EventDetails
          event={shownDetail}
          autoFocus={focusDetails}
          error={detailError}
          onNotesChanged={() => setNotesVersion((v) => v + 1)}
          onClose={() => {
            const closed = shownDetail
            setSelectedId(null)
            if (closed) timeline.current?.focusEvent(closed)
          }}
        />
      </main>
      <ExportPdfDialog
        open={exportOpen}
        query={query}
        range={range}
        onClose={() => setExportOpen(false)}
        onDone={setMessage}
      />
    </div>
  )
}
