import { forwardRef, useEffect, useImperativeHandle, useLayoutEffect, useRef } from 'react'
import type { TrackDefinition } from '../../../shared/model'
import type { EventQuery, EventSummary } from '../../../shared/store'
import type { Track } from '../../../shared/vocabulary'
import { api, unwrap } from '../api-client'
import { reportFailure } from '../failure-reports'
import { toAxisDate } from '../format'
import { useNotesVersion } from '../notes/use-notes-version'
import { chipFor, focusChip, listenToChips } from './chip-input'
import { LaneLayers } from './lane-layers'
import { LinkOverlay } from './link-overlay'
import { TimelineController } from './timeline-controller'
import type { ChipLayers, ControllerEvents } from './timeline-ports'
import { pageIdle } from './idle-scheduler'
import { WindowAnswers } from './window-answers'
import { spanOf } from './viewport'
import { VisTimelineAdapter, type TimelineLane } from './vis-timeline-adapter'
import { LaneSight } from './lane-sight'

export interface VisibleRange {
  start: Date
  end: Date
}

export interface TimelineHandle {
  zoomIn(): void
  zoomOut(): void
  fitAll(): void
  pan(fraction: number): void
  /** Brings an event into view (keeping the zoom) and focuses it once drawn. */
  focusEvent(event: Pick<EventSummary, 'id' | 'start'>): void
  /** Whether an event's chip is drawn in sight: in the window, not behind "+N more". */
  shows(eventId: string): boolean
  /**
   * An edit was just sent: asks for the window as it will be at `dataVersion`, and resolves
   * once it has come (see the controller).
   */
  readAhead(dataVersion: number): Promise<void>
}

interface Props {
  query: EventQuery
  /** The timeline's tracks, one lane each; an edit may add, rename or remove one. */
  tracks: readonly TrackDefinition[]
  /** Changes whenever the events change; the notes' own changes are followed here. */
  dataVersion: number
  selectedId: string | null
  initialRange: VisibleRange | null
  onSelect(id: string): void
  onStep(id: string, direction: -1 | 1): void
  onRangeChange(range: VisibleRange): void
  /** Called each time the items for the current window are drawn. */
  onDrawn(): void
  /** "Show links": connectors between linked events in view. */
  showLinks: boolean
}

function lanesOf(tracks: readonly TrackDefinition[]): TimelineLane[] {
  return tracks.map(({ id, label }) => ({ track: id, label }))
}

/** The app's "drawn" signal: specs and the benchmark wait on it, never on a sleep. */
function markDrawn(): void {
  const root = document.documentElement
  const drawnWindows = Number(root.dataset['drawnWindows'] ?? 0) + 1
  if (drawnWindows === 1) performance.mark('timeline-first-drawn')
  root.dataset['drawnWindows'] = String(drawnWindows)
}

/**
 * The timeline, wired: vis-timeline behind its adapter draws the axis and lanes, our layers draw
 * the events and counts in them, and the controller decides what to ask for and draw.
 */
export const TimelineView = forwardRef<TimelineHandle, Props>(function TimelineView(props, ref) {
  const container = useRef<HTMLDivElement>(null)
  const controller = useRef<TimelineController | null>(null)
  const layersRef = useRef<LaneLayers | null>(null)
  const adapterRef = useRef<VisTimelineAdapter | null>(null)
  const overlayRef = useRef<LinkOverlay | null>(null)
  const callbacks = useRef(props)
  callbacks.current = props
  // Chips show their note counts, and a search finds notes' words: both follow the notes.
  const notesVersion = useNotesVersion()
  const notesVersionNow = useRef(notesVersion)
  notesVersionNow.current = notesVersion
  const shownVersion = `${props.dataVersion}.${notesVersion}`

  useEffect(() => {
    const element = container.current
    if (!element) return
    const initial = props.initialRange ? spanOf(props.initialRange) : null
    const answers = new WindowAnswers((request) => unwrap(api.queryWindow(request)))
    // Building vis-timeline takes longer than the core takes to answer: the first "fit all" is
    // asked for first, at the canvas's width, as its lanes are not laid out yet.
    if (!initial) answers.askWholeAhead(props.query, element.clientWidth)
    let control: TimelineController | null = null
    let layers: LaneLayers | null = null
    const overlay = new LinkOverlay(
      element,
      (ids) => unwrap(api.listLinksAmong({ ids })),
      (error) => reportFailure('Drawing the links', error),
    )
    const adapter = new VisTimelineAdapter(element, lanesOf(props.tracks), initial, {
      onRangeChange: (span, byUser) => control?.rangeChange(span, byUser),
      onRangeChanged: (span) => control?.rangeChanged(span),
      onLanesWidth: (widthPx) => layers?.setWidth(widthPx),
      onLanesHeight: (heightPx) => layers?.setHeight(heightPx),
      onDrawn: () => overlay.draw(),
    })
    const sight = new LaneSight(
      element.querySelector<HTMLElement>('[data-timeline-lanes]'),
      (track) => adapter.laneElement(track),
      () => layers?.counts.placeAgain(),
    )
    const drawn = new LaneLayers(element, adapter, (track) => sight.has(track))
    layers = drawn
    const showLaneWhole = (track: Track, whole: boolean) => {
      drawn.events.showWhole(track, whole)
      adapter.redrawSoon()
    }
    const focus = (id: string) => focusChip(element, id, (chip) => adapter.scrollLanesToShow(chip))
    const chips: ChipLayers = {
      show: (answer) => drawn.show(answer),
      place: (view) => drawn.place(view),
      // An event behind its lane's "+N more" is reached by showing the lane whole, then focused
      // once the widget has made the lane as tall.
      focusEvent: (id) => {
        if (!drawn.events.reveal(id)) return focus(id)
        adapter.redrawSoon()
        adapter.whenDrawn(true, () => focus(id))
        return true
      },
    }
    const events: ControllerEvents = {
      drawn: () => {
        overlay.draw()
        markDrawn()
        callbacks.current.onDrawn()
      },
      failed: () => callbacks.current.onDrawn(),
      rangeChanged: ({ start, end }) =>
        callbacks.current.onRangeChange({ start: new Date(start), end: new Date(end) }),
    }
    const started = new TimelineController(adapter, chips, answers, pageIdle, events, {
      query: props.query,
      fitsFirstAnswer: initial === null,
    })
    control = started
    const stopListening = listenToChips(element, {
      select: (id) => callbacks.current.onSelect(id),
      step: (id, direction) => callbacks.current.onStep(id, direction),
      bucketSpan: (chip) => drawn.counts.spanOf(chip),
      zoomTo: (span) => started.show(span),
      showLaneWhole,
    })
    controller.current = started
    layersRef.current = drawn
    adapterRef.current = adapter
    overlayRef.current = overlay
    started.setQuery(props.query, shownVersion)
    return () => {
      stopListening()
      overlay.destroy()
      overlayRef.current = null
      started.destroy()
      sight.destroy()
      adapter.destroy()
      controller.current = null
      layersRef.current = null
      adapterRef.current = null
    }
    // The timeline is created once; later props flow through the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  // Before the redraw below, so events on a new track find their lane.
  useLayoutEffect(() => {
    adapterRef.current?.setLanes(lanesOf(props.tracks))
  }, [props.tracks])

  // A new query (or changed data) redraws the current window; the very first load (asked for
  // once the timeline is made) fits all. Asked for in the commit, not after the next paint, so
  // the core is already answering while the page draws what else the change brought.
  useLayoutEffect(() => {
    controller.current?.setQuery(props.query, shownVersion)
  }, [props.query, shownVersion])

  useEffect(() => {
    layersRef.current?.events.select(props.selectedId)
  }, [props.selectedId])

  useEffect(() => {
    overlayRef.current?.setDataVersion(props.dataVersion)
  }, [props.dataVersion])

  useEffect(() => {
    overlayRef.current?.setEnabled(props.showLinks)
  }, [props.showLinks])

  useImperativeHandle(ref, () => ({
    zoomIn: () => controller.current?.zoom(1),
    zoomOut: () => controller.current?.zoom(-1),
    fitAll: () => controller.current?.fitAll(),
    pan: (fraction) => controller.current?.pan(fraction),
    focusEvent: (event) =>
      controller.current?.focusEvent(event.id, toAxisDate(event.start).getTime()),
    shows: (eventId) => {
      const canvas = container.current
      const chip = canvas ? chipFor(canvas, eventId) : null
      if (!canvas || !chip) return false
      const [shown, box] = [canvas.getBoundingClientRect(), chip.getBoundingClientRect()]
      return box.right > shown.left && box.left < shown.right
    },
    readAhead: (dataVersion) =>
      controller.current?.readAhead(`${dataVersion}.${notesVersionNow.current}`) ??
      Promise.resolve(),
  }))

  return <div className="timeline-canvas" ref={container} />
})
