/**
 * Lays out the report's timeline figure: which stretch of time each page shows, where each
 * event's marker and label go, and the axis ticks. Pure arithmetic, so it is unit-tested
 * without a browser.
 */
import { eventCover } from '../../../shared/date-span'
import {
  type DatePrecision,
  type Status,
  type Track,
  type TrackDefinition,
} from '../../../shared/model'

const DAY_MS = 86_400_000

export interface FigureEvent {
  id: string
  title: string
  start: string
  end?: string | undefined
  precision: DatePrecision
  track: Track
  status: Status
}

export interface FigureGeometry {
  /** Width of the whole figure in CSS pixels. */
  width: number
  laneLabelWidth: number
  /** Fewest pixels one day may get before the figure spreads over another page. */
  minPxPerDay: number
  maxPages: number
  rowHeight: number
  labelFontPx: number
}

export const DEFAULT_GEOMETRY: Omit<FigureGeometry, 'width'> = {
  laneLabelWidth: 108,
  minPxPerDay: 3,
  maxPages: 12,
  rowHeight: 17,
  labelFontPx: 8.5,
}

export interface PlacedEvent {
  event: FigureEvent
  x: number
  /** Right end of the marker or range bar. */
  x2: number
  row: number
  label: string
  /** Labels sit right of the marker unless that would run off the figure. */
  labelSide: 'right' | 'left'
  /** The event runs on from before this page, or on past it. */
  clippedStart: boolean
  clippedEnd: boolean
}

export interface Lane {
  track: Track
  label: string
  rows: number
  events: PlacedEvent[]
}

export interface Tick {
  x: number
  label: string
  major: boolean
}

export interface FigurePage {
  startMs: number
  endMs: number
  lanes: Lane[]
  ticks: Tick[]
}

function eventSpan(event: FigureEvent): [number, number] {
  const { start, end } = eventCover(event, 'utc')
  return [start, end]
}

/** A width estimate good enough to keep labels apart (Noto Sans averages ~0.55em). */
export function estimateTextWidth(text: string, fontPx: number): number {
  return text.length * fontPx * 0.56
}

function truncate(text: string, maxWidth: number, fontPx: number): string {
  if (estimateTextWidth(text, fontPx) <= maxWidth) return text
  const chars = Math.max(4, Math.floor(maxWidth / (fontPx * 0.56)) - 1)
  return `${text.slice(0, chars).trimEnd()}…`
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

function ticksFor(startMs: number, endMs: number, x: (ms: number) => number): Tick[] {
  const spanDays = (endMs - startMs) / DAY_MS
  const ticks: Tick[] = []
  const first = new Date(startMs)
  if (spanDays > 60) {
    const stepMonths = spanDays > 1500 ? 12 : spanDays > 700 ? 3 : 1
    let d = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), 1)
    while (d <= endMs) {
      const date = new Date(d)
      const month = date.getUTCMonth()
      if (d >= startMs && month % stepMonths === 0) {
        ticks.push({
          x: x(d),
          label: `${MONTHS[month]} ${date.getUTCFullYear()}`,
          major: month === 0 || stepMonths === 1,
        })
      }
      d = Date.UTC(date.getUTCFullYear(), month + 1, 1)
    }
    return ticks
  }
  const stepDays = spanDays > 20 ? 7 : 1
  let d = Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), first.getUTCDate())
  while (d <= endMs) {
    const date = new Date(d)
    const isMonday = date.getUTCDay() === 1
    if (d >= startMs && (stepDays === 1 || isMonday)) {
      ticks.push({
        x: x(d),
        label: `${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]}`,
        major: date.getUTCDate() === 1,
      })
    }
    d += DAY_MS
  }
  return ticks
}

/**
 * Splits the events' time range into pages so no day gets fewer than `minPxPerDay` pixels
 * (up to `maxPages`), and stacks each lane's events into rows so no two labels overlap.
 */
export function layoutFigure(
  events: FigureEvent[],
  geometry: FigureGeometry,
  tracks: readonly TrackDefinition[],
): FigurePage[] {
  if (events.length === 0) return []
  const spans = events.map(eventSpan)
  const minMs = Math.min(...spans.map(([s]) => s))
  const maxMs = Math.max(...spans.map(([, e]) => e))
  const plotWidth = geometry.width - geometry.laneLabelWidth
  // Keep room at the right edge for the label of the last event.
  const labelRoom = Math.min(plotWidth * 0.3, 160)
  const usable = plotWidth - labelRoom - 8
  const totalDays = Math.max((maxMs - minMs) / DAY_MS, 1)
  const pageCount = Math.min(
    geometry.maxPages,
    Math.max(1, Math.ceil((totalDays * geometry.minPxPerDay) / usable)),
  )
  const pageMs = Math.max((maxMs - minMs) / pageCount, DAY_MS)

  const pages: FigurePage[] = []
  for (let p = 0; p < pageCount; p += 1) {
    const startMs = minMs + p * pageMs
    const endMs = p === pageCount - 1 ? maxMs : startMs + pageMs
    const pxPerMs = usable / Math.max(endMs - startMs, DAY_MS)
    const x = (ms: number) => geometry.laneLabelWidth + 4 + (ms - startMs) * pxPerMs
    const lanes: Lane[] = tracks.map(({ id, label }) => ({ track: id, label, rows: 0, events: [] }))
    const order = events
      .map((event, i) => ({ event, span: spans[i] as [number, number] }))
      .filter(
        ({ span: [s, e] }) => e >= startMs && s <= endMs && (s < endMs || p === pageCount - 1),
      )
      .sort((a, b) => a.span[0] - b.span[0] || a.event.id.localeCompare(b.event.id))
    for (const lane of lanes) {
      const rowEnds: number[] = []
      for (const { event, span } of order.filter((o) => o.event.track === lane.track)) {
        const clippedStart = span[0] < startMs
        const clippedEnd = span[1] > endMs
        const x1 = x(Math.max(span[0], startMs))
        const isRange = event.end !== undefined && event.end !== event.start
        const x2 = isRange ? Math.max(x(Math.min(span[1], endMs)), x1 + 3) : x1
        // A label runs right of its marker; near the right edge it runs left instead, and it is
        // shortened only when neither side has room for all of it.
        const suffix = event.precision === 'approximate' ? ' (approx.)' : ''
        const fontPx = geometry.labelFontPx
        const full = estimateTextWidth(event.title + suffix, fontPx)
        const rightRoom = geometry.width - x2 - 10
        const leftRoom = x1 - 8 - (geometry.laneLabelWidth + 4)
        const labelSide = full <= rightRoom || rightRoom >= leftRoom ? 'right' : 'left'
        const room = Math.min(240, labelSide === 'right' ? rightRoom : leftRoom)
        const label = truncate(event.title, room - estimateTextWidth(suffix, fontPx), fontPx)
        const labelWidth = estimateTextWidth(label + suffix, fontPx)
        const left = labelSide === 'right' ? x1 - 5 : x1 - 8 - labelWidth
        const right = labelSide === 'right' ? x2 + 8 + labelWidth : x2 + 5
        let row = rowEnds.findIndex((end) => end + 6 < left)
        if (row === -1) {
          row = rowEnds.length
          rowEnds.push(right)
        } else rowEnds[row] = right
        lane.events.push({ event, x: x1, x2, row, label, labelSide, clippedStart, clippedEnd })
      }
      lane.rows = Math.max(1, rowEnds.length)
    }
    pages.push({ startMs, endMs, lanes, ticks: ticksFor(startMs, endMs, x) })
  }
  return pages
}
