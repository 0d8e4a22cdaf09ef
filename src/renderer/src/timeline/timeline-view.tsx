import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react'
import { DataSet } from 'vis-data/peer'
import { Timeline, type TimelineOptions } from 'vis-timeline/peer'
import 'vis-timeline/styles/vis-timeline-graph2d.css'
import { TRACK_LABELS, TRACKS } from '../../../shared/model'
import type { EventSummary } from '../../../shared/store'
import { buildTimelineItem, fitWindow, type TimelineItem } from './timeline-items'

const HOUR_MS = 3_600_000
const YEAR_MS = 365.25 * 24 * HOUR_MS

export interface VisibleRange {
  start: Date
  end: Date
}

export interface TimelineHandle {
  zoomIn(): void
  zoomOut(): void
  fitAll(): void
  pan(fraction: number): void
  setRange(range: VisibleRange): void
  focusEvent(id: string): void
}

interface Props {
  events: EventSummary[]
  selectedId: string | null
  initialRange: VisibleRange | null
  onSelect(id: string): void
  onStep(id: string, direction: -1 | 1): void
  onRangeChange(range: VisibleRange): void
  onDrawn(): void
}

const OPTIONS: TimelineOptions = {
  height: '100%',
  orientation: 'top',
  stack: true,
  selectable: true,
  multiselect: false,
  showCurrentTime: false,
  zoomMin: HOUR_MS,
  // The wheel scrolls the lanes; Ctrl+wheel (and a trackpad pinch) zooms; Shift+wheel pans.
  verticalScroll: true,
  zoomKey: 'ctrlKey',
  horizontalScroll: true,
  horizontalScrollKey: 'shiftKey',
  zoomMax: 30 * YEAR_MS,
  margin: { item: { horizontal: 6, vertical: 6 }, axis: 8 },
  groupOrder: (a: { order: number }, b: { order: number }) => a.order - b.order,
  // Items are DOM elements built with textContent; this empty allow-list is a second layer
  // for any string that ever reaches vis-timeline.
  xss: { disabled: false, filterOptions: { whiteList: {} } },
}

function fitAll(instance: Timeline, items: DataSet<TimelineItem>, canvas: HTMLElement): void {
  const lanes = canvas.querySelector<HTMLElement>('.vis-panel.vis-center')
  const range = fitWindow(items.get(), lanes?.clientWidth ?? canvas.clientWidth)
  if (range) instance.setWindow(range.start, range.end, { animation: false })
}

function chipOf(element: EventTarget | null): HTMLElement | null {
  return element instanceof HTMLElement ? element.closest<HTMLElement>('.event-chip') : null
}

/** vis-timeline, held by React: one lane per track, our own accessible items. */
export const TimelineView = forwardRef<TimelineHandle, Props>(function TimelineView(props, ref) {
  const container = useRef<HTMLDivElement>(null)
  const timeline = useRef<Timeline | null>(null)
  const items = useRef(new DataSet<TimelineItem>())
  const fitted = useRef(false)
  const callbacks = useRef(props)
  callbacks.current = props

  useEffect(() => {
    const element = container.current
    if (!element) return
    const groups = new DataSet(
      TRACKS.map((track, order) => ({ id: track, content: TRACK_LABELS[track], order })),
    )
    const instance = new Timeline(element, items.current as never, groups as never, OPTIONS)
    timeline.current = instance
    // With vertical scrolling the lane labels scroll too; keyboard users must reach them.
    const lanes = element.querySelector('.vis-panel.vis-left')
    lanes?.setAttribute('tabindex', '0')
    lanes?.setAttribute('role', 'group')
    lanes?.setAttribute('aria-label', 'Track lanes')
    if (props.initialRange)
      instance.setWindow(props.initialRange.start, props.initialRange.end, { animation: false })
    instance.on('select', ({ items: selected }: { items: string[] }) => {
      const id = selected[0]
      if (id !== undefined) callbacks.current.onSelect(id)
    })
    instance.on('rangechanged', ({ start, end }: VisibleRange) => {
      callbacks.current.onRangeChange({ start, end })
    })
    instance.on('changed', () => callbacks.current.onDrawn())
    // Focusing a half-visible item makes the browser scroll vis-timeline's clipped panels,
    // which vis-timeline does not expect; keep them where vis-timeline put them.
    const onScroll = (event: Event): void => {
      const target = event.target
      if (target instanceof HTMLElement && !target.classList.contains('vis-vertical-scroll')) {
        if (target.scrollLeft !== 0) target.scrollLeft = 0
      }
    }
    element.addEventListener('scroll', onScroll, true)
    const onKeyDown = (event: KeyboardEvent): void => {
      const chip = chipOf(event.target)
      const id = chip?.dataset['eventId']
      if (!id) return
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault()
        callbacks.current.onSelect(id)
      } else if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
        event.preventDefault()
        event.stopPropagation()
        callbacks.current.onStep(id, event.key === 'ArrowRight' ? 1 : -1)
      }
    }
    element.addEventListener('keydown', onKeyDown)
    return () => {
      element.removeEventListener('keydown', onKeyDown)
      element.removeEventListener('scroll', onScroll, true)
      instance.destroy()
      timeline.current = null
    }
    // The timeline is created once; later props flow through the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  useEffect(() => {
    const data = items.current
    data.clear()
    data.add(props.events.map(buildTimelineItem))
    const instance = timeline.current
    if (instance && !fitted.current && !callbacks.current.initialRange && props.events.length > 0) {
      fitted.current = true
      if (container.current) fitAll(instance, data, container.current)
      callbacks.current.onRangeChange(instance.getWindow())
    }
  }, [props.events])

  useEffect(() => {
    timeline.current?.setSelection(props.selectedId ? [props.selectedId] : [])
  }, [props.selectedId, props.events])

  useImperativeHandle(ref, () => ({
    zoomIn: () => timeline.current?.zoomIn(0.5, { animation: false }),
    zoomOut: () => timeline.current?.zoomOut(0.5, { animation: false }),
    fitAll: () => {
      if (timeline.current && container.current) {
        fitAll(timeline.current, items.current, container.current)
      }
    },
    pan: (fraction) => {
      const instance = timeline.current
      if (!instance) return
      const { start, end } = instance.getWindow()
      const shift = (end.getTime() - start.getTime()) * fraction
      instance.setWindow(start.getTime() + shift, end.getTime() + shift, { animation: false })
    },
    setRange: ({ start, end }) => timeline.current?.setWindow(start, end, { animation: false }),
    focusEvent: (id) => {
      const instance = timeline.current
      if (!instance) return
      instance.focus(id, { animation: false })
      requestAnimationFrame(() => {
        container.current
          ?.querySelector<HTMLElement>(`.event-chip[data-event-id="${CSS.escape(id)}"]`)
          ?.focus()
      })
    },
  }))

  return <div className="timeline-canvas" ref={container} />
})
