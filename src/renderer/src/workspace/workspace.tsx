import { useCallback, useEffect, useRef, useState } from 'react'
import type { EditOutcome } from '../../../shared/edits'
import type { EventQuery } from '../../../shared/store'
import { api, unwrap } from '../api-client'
import { EventDetails } from '../details/event-details'
import type { EvidenceCommands } from '../evidence/evidence-commands'
import {
  AuthoringDialogs,
  type AuthoringRequest,
  type ShowAfterEdit,
} from '../editing/authoring-dialogs'
import { useEditHistory, type EditStep } from '../editing/use-edit-history'
import { ExportCitationsDialog, ExportEventsDialog } from '../export/export-data-dialogs'
import { ExportPdfDialog } from '../export/export-pdf-dialog'
import { useImportDialog } from '../import/import-dialog'
import { onFailureReported } from '../failure-reports'
import { useSettledVersion } from '../follow-ups'
import { preloadNoteMarkdown } from '../notes/lazy-note-markdown'
import { AppHeader } from '../layout/app-header'
import { EventList } from '../layout/event-list'
import { FilterBar } from '../layout/filter-bar'
import { ReadOnlyBanner, useTimelineFileCommands } from '../layout/timeline-file-actions'
import { TimelineView, type TimelineHandle, type VisibleRange } from '../timeline/timeline-view'
import { AppMessages } from './app-messages'
import type { Boot } from './boot'
import { useExportDialogs } from './use-export-dialogs'
import { useExportShortcut } from './use-export-shortcut'
import { useNoteTransfer } from './use-note-transfer'
import { useEditSending } from '../editing/use-edit-sending'
import { useSelectedEvent, type KnownDetail } from './use-selected-event'
import { useTimelineData } from './use-timeline-data'
import { useViewStateSaver } from './use-view-state-saver'

/** The main screen once booted: it holds the view's state and wires the panels to it. */
export function Workspace({ boot }: { boot: Boot }) {
  const [query, setQuery] = useState<EventQuery>(boot.view.query)
  const [selectedId, setSelectedId] = useState<string | null>(boot.view.selectedId)
  const [range, setRange] = useState<VisibleRange | null>(
    boot.view.range
      ? { start: new Date(boot.view.range.start), end: new Date(boot.view.range.end) }
      : null,
  )
  const [initialRange] = useState(range)
  const [message, setMessage] = useState('')
  const [drawn, setDrawn] = useState(false)
  // Opening an event moves focus to its details; stepping with the arrows keeps it on the timeline.
  const [focusDetails, setFocusDetails] = useState(false)
  const [exportOpen, setExportOpen] = useState(false)
  const [showLinks, setShowLinks] = useState(false)
  const [authoring, setAuthoring] = useState<AuthoringRequest | null>(null)
  const timeline = useRef<TimelineHandle>(null)
  const fileCommands = useTimelineFileCommands(setMessage)
  const openExport = useCallback(() => setExportOpen(true), [])
  const { data, reserveVersion, timelineEdited } = useTimelineData(boot, setMessage)
  const clearSelection = useCallback(() => setSelectedId(null), [])
  // The event an edit saved, as its answer brought it: the details show it without asking.
  const [savedEvent, setSavedEvent] = useState<KnownDetail | null>(null)
  const { detail, error: detailError } = useSelectedEvent(
    selectedId,
    data.version,
    clearSelection,
    savedEvent,
  )
  const readAhead = useCallback(
    (version: number) => timeline.current?.readAhead(version) ?? Promise.resolve(),
    [],
  )
  const editSending = useEditSending(reserveVersion, readAhead)
  const { versionOf } = editSending
  const noteTransfer = useNoteTransfer(setMessage)
  useExportShortcut(openExport)
  const dataExport = useExportDialogs()
  const dataImport = useImportDialog(setMessage)
  useViewStateSaver({ range, query, selectedId }, boot.timeline.id, setMessage)
  useEffect(() => onFailureReported(setMessage), [])

  // The event an edit brought, focused once the timeline has been given the new data (its
  // effect runs before this one), so the focus waits for the answer that holds the event.
  const revealAfterEdit = useRef<ShowAfterEdit['reveal']>(undefined)
  useEffect(() => {
    const reveal = revealAfterEdit.current
    revealAfterEdit.current = undefined
    if (reveal) timeline.current?.focusEvent(reveal)
  }, [data.version])

  // Once an edit, undo or redo is on disk: every panel reads again, and its event is shown.
  const showEdit = useCallback(
    async (outcome: EditOutcome, show: ShowAfterEdit, step?: EditStep) => {
      // Asked before the timeline draws the edit: whether the event was in sight until now.
      const inSight = show.revealIfShown && timeline.current?.shows(show.revealIfShown.id)
      const reveal = show.reveal ?? (inSight ? show.revealIfShown : undefined)
      revealAfterEdit.current = reveal
      const version = versionOf(outcome)
      if (outcome.event) setSavedEvent({ version, detail: outcome.event })
      await timelineEdited(outcome.catalogueChanged, version)
      if (reveal) {
        setFocusDetails(false)
        setSelectedId(reveal.id)
      } else if (show.select !== undefined) setSelectedId(show.select)
      else if (outcome.eventId) setSelectedId(outcome.eventId)
      const done = step === 'undo' ? 'Undone' : step === 'redo' ? 'Redone' : 'Saved'
      setMessage(`${done}: ${outcome.label}.`)
    },
    [timelineEdited, versionOf],
  )
  const showStep = useCallback(
    (outcome: EditOutcome, step: EditStep) => showEdit(outcome, {}, step),
    [showEdit],
  )
  const edits = useEditHistory(showStep, setMessage, editSending.send)
  const { setState: setEditState } = edits
  const afterEdit = useCallback(
    (outcome: EditOutcome, show: ShowAfterEdit) => {
      setEditState(outcome.state)
      return showEdit(outcome, show)
    },
    [setEditState, showEdit],
  )

  // What only follows the data (the list, History, orphaned notes) reads again after a pause.
  const settledVersion = useSettledVersion(data.version)

  useEffect(() => {
    if (!drawn) return
    document.documentElement.dataset['appState'] = 'ready'
    const idle = requestIdleCallback(preloadNoteMarkdown)
    return () => cancelIdleCallback(idle)
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

  const openEvent = useCallback((id: string) => {
    setFocusDetails(true)
    setSelectedId(id)
  }, [])

  const evidence: EvidenceCommands = {
    editable: data.timeline.readOnlyReason === null,
    offerCopy: () => setAuthoring({ kind: 'read-only' }),
    link: (event) => setAuthoring({ kind: 'link', event }),
    edited: (outcome) => afterEdit(outcome, { select: selectedId }),
    openEvent,
    tell: setMessage,
  }

  return (
    <div className="app">
      <AppHeader
        timeline={data.timeline}
        fileCommands={fileCommands}
        editCommands={{
          state: edits.state,
          addEvent: () => setAuthoring({ kind: 'add' }),
          manage: () => setAuthoring({ kind: 'manage' }),
          undo: edits.undo,
          redo: edits.redo,
        }}
        view={timeline}
        range={range}
        onExportPdf={openExport}
        onExportEvents={dataExport.openEvents}
        onExportCitations={() => dataExport.openCitations()}
        onExportNotes={noteTransfer.exportNotes}
        onImportNotes={noteTransfer.importNotes}
        onImportEvents={dataImport.request}
      />
      <ReadOnlyBanner info={boot.timeline} onSaveCopy={fileCommands.saveCopy} />

      <FilterBar
        query={query}
        tracks={data.timeline.tracks}
        actors={data.actors}
        tags={data.tags}
        onChange={setQuery}
        showLinks={showLinks}
        onShowLinks={setShowLinks}
      />

      <AppMessages
        message={message}
        notices={boot.notices}
        status={boot.status}
        dataVersion={settledVersion}
        onFailure={setMessage}
      />

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
            tracks={data.timeline.tracks}
            dataVersion={data.version}
            selectedId={selectedId}
            initialRange={initialRange}
            onSelect={openEvent}
            onStep={step}
            onRangeChange={setRange}
            onDrawn={() => setDrawn(true)}
            showLinks={showLinks}
          />
        </section>
        <EventList
          query={query}
          dataVersion={settledVersion}
          settling={settledVersion !== data.version}
          selectedId={selectedId}
          onSelect={openEvent}
        />
        <EventDetails
          event={detail}
          autoFocus={focusDetails}
          error={detailError}
          dataVersion={data.version}
          historyVersion={settledVersion}
          onEdit={(event) => setAuthoring({ kind: 'edit', event })}
          onDelete={(event) => setAuthoring({ kind: 'delete', event })}
          onExportCitations={({ id, title }) => dataExport.openCitations({ id, title })}
          evidence={evidence}
          onClose={() => {
            const closed = detail
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
      {dataExport.open?.kind === 'events' ? (
        <ExportEventsDialog query={query} onDone={setMessage} onClose={dataExport.close} />
      ) : null}
      {dataExport.open?.kind === 'citations' ? (
        <ExportCitationsDialog
          query={query}
          event={dataExport.open.event}
          onDone={setMessage}
          onClose={dataExport.close}
        />
      ) : null}
      {dataImport.dialog}
      <AuthoringDialogs
        request={authoring}
        timeline={data.timeline}
        dataVersion={data.version}
        sendEdit={editSending.send}
        onEdited={afterEdit}
        onSaveCopy={fileCommands.saveCopy}
        onClose={() => setAuthoring(null)}
      />
    </div>
  )
}
