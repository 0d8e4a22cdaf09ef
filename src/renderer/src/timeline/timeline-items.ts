import { STATUS_LABELS, STATUS_MARKS } from '../../../shared/vocabulary'
import type { EventSummary } from '../../../shared/store'
import { displayDate, toAxisDate } from '../format'

const DAY_MS = 86_400_000

export interface TimelineItem {
  id: string
  group: string
  start: Date
  end?: Date
  type: 'point' | 'range'
  content: HTMLElement
  className: string
  /** What the item shows; an item whose signature changed is redrawn. */
  signature: string
}

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
 * given as a label rather than as visually hidden text, one element fewer to lay out.
 */
function buildEventChip(event: EventSummary): HTMLElement {
  const chip = document.createElement('span')
  chip.className = `event-chip status-${event.status}`
  chip.setAttribute('role', 'button')
  chip.tabIndex = 0
  chip.dataset['eventId'] = event.id
  const approximate = event.precision === 'approximate'
  const details = spokenDetails(event)
  chip.title = `${event.title}${details}`
  chip.setAttribute('aria-label', `${event.title}${approximate ? ' approx.' : ''}${details}`)
  chip.append(textSpan('status-mark', STATUS_MARKS[event.status]))
  if (event.noteCount > 0) chip.append(textSpan('note-mark', '✎'))
  chip.append(textSpan('event-chip-title', event.title))
  if (approximate) chip.append(textSpan('approx-cue', ' approx.'))
  return chip
}

/** An item to draw, with its DOM built only if it is not on the timeline already. */
export interface PendingItem {
  id: string
  signature: string
  build(): TimelineItem
}

function eventSignature(event: EventSummary): string {
  return `${event.title}|${event.status}|${event.noteCount}|${event.start}|${event.end ?? ''}`
}

export function pendingEventItem(event: EventSummary): PendingItem {
  return { id: event.id, signature: eventSignature(event), build: () => buildTimelineItem(event) }
}

export function buildTimelineItem(event: EventSummary): TimelineItem {
  const signature = eventSignature(event)
  const start = toAxisDate(event.start)
  const spansDays = event.end !== undefined && event.end !== event.start
  const precisionClass = `precision-${event.precision}`
  if (!spansDays) {
    return {
      id: event.id,
      group: event.track,
      start,
      type: 'point',
      content: buildEventChip(event),
      className: `${precisionClass} status-${event.status}`,
      signature,
    }
  }
  const last = toAxisDate(event.end ?? event.start)
  // A calendar end date covers its whole day.
  const end = event.precision === 'exact' ? last : new Date(last.getTime() + DAY_MS)
  return {
    id: event.id,
    group: event.track,
    start,
    end,
    type: 'range',
    content: buildEventChip(event),
    className: `${precisionClass} status-${event.status}`,
    signature,
  }
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
