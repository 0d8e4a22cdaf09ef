import { STATUS_LABELS, STATUS_MARKS } from '../../../shared/vocabulary'
import type { EventSummary } from '../../../shared/store'
import { coverEndMs, coverStartMs } from '../../../shared/date-span'
import { displayDate } from '../format'

const DAY_MS = 86_400_000

/** What the chip says beyond its visible text: date, status and the user's notes. */
function spokenDetails(event: EventSummary): string {
  const notes =
    event.noteCount === 0
      ? ''
      : `, ${event.noteCount} ${event.noteCount === 1 ? 'note' : 'notes'} of mine`
  return `, ${displayDate(event).text}, ${STATUS_LABELS[event.status]}${notes}`
}

/** A span of plain text (never markup) with one of our class names. */
export function textSpan(className: string, text: string): HTMLSpanElement {
  const element = document.createElement('span')
  element.className = className
  element.textContent = text
  return element
}

/**
 * The element drawn for one event. Built with textContent only: event text is data, never
 * markup, whatever it contains. Class names come from our own enums, never from the data.
 * Its name begins with the title and holds all the visible text, then date and status; it is
 * given as a label rather than as visually hidden text, one element fewer to lay out. The
 * title is cut to `titleMaxPx`, the width its placing counted on; `point` says whether the
 * event is on one date (see `eventSpan`) rather than a span of dates.
 */
export function buildEventChip(
  event: EventSummary,
  titleMaxPx: number,
  point: boolean,
): HTMLElement {
  const chip = document.createElement('span')
  const kind = point ? 'event-point' : 'event-range'
  chip.className = `event-chip timeline-event ${kind} status-${event.status} precision-${event.precision}`
  chip.setAttribute('role', 'button')
  chip.tabIndex = 0
  chip.dataset['eventId'] = event.id
  const approximate = event.precision === 'approximate'
  const details = spokenDetails(event)
  chip.title = `${event.title}${details}`
  chip.setAttribute('aria-label', `${event.title}${approximate ? ' approx.' : ''}${details}`)
  chip.append(textSpan('status-mark', STATUS_MARKS[event.status]))
  if (event.noteCount > 0) chip.append(textSpan('note-mark', '✎'))
  const title = textSpan('event-chip-title', event.title)
  title.style.maxWidth = `${titleMaxPx}px`
  chip.append(title)
  if (approximate) chip.append(textSpan('approx-cue', ' approx.'))
  return chip
}

/**
 * The stretch of time an event takes on the axis, in epoch milliseconds: from its start to the
 * end of its last day (or its exact end); a null end for an event on one date.
 */
export function eventSpan(event: EventSummary): { start: number; end: number | null } {
  const start = coverStartMs(event.start, 'local')
  if (event.end === undefined || event.end === event.start) return { start, end: null }
  return { start, end: coverEndMs(event.end, 'local') }
}

/** Room kept right of the last marker for its label, in pixels (labels are at most 280px). */
const LABEL_ROOM_PX = 300

/**
 * The window that shows every event with room for labels: labels run to the right of their
 * marker, so the right margin is as wide as a label at the given canvas width.
 */
export function fitWindow(
  extent: { start: Date; end: Date },
  canvasWidthPx: number,
): { start: Date; end: Date } {
  const min = extent.start.getTime()
  const max = extent.end.getTime()
  const span = Math.max(max - min, DAY_MS)
  const left = span * 0.03
  // The label room is a share of the whole window: total = (span + left) / (1 - room/width).
  const roomShare = Math.min(0.5, LABEL_ROOM_PX / Math.max(canvasWidthPx, 1))
  const total = (span + left) / (1 - roomShare)
  return { start: new Date(min - left), end: new Date(min - left + total) }
}
