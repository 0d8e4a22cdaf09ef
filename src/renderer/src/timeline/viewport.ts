import { WINDOW_MARGIN_SCREENS } from '../../../shared/vocabulary'
import { fitWindow } from './timeline-items'
import { sameWindow, type WindowSpan } from './window-cache'

const HOUR_MS = 3_600_000
const YEAR_MS = 365.25 * 24 * HOUR_MS
export const ZOOM_MIN_MS = HOUR_MS
export const ZOOM_MAX_MS = 30 * YEAR_MS
/** Each zoom step shows a window 1.5 times shorter or longer. */
export const ZOOM_STEP = 1.5

/** How the items drawn for one window cover another: see `coverage`. */
export type Coverage = 'asked' | 'inner' | 'margins' | 'none'

/** A window as epoch milliseconds. */
export function spanOf({ start, end }: { start: Date; end: Date }): WindowSpan {
  return { start: start.getTime(), end: end.getTime() }
}

/**
 * The window `factor` times as long, about the same middle, within the zoom limits. In whole
 * milliseconds, as a Date holds them, so a step asked for ahead is the step later taken.
 */
export function zoomed(from: WindowSpan, factor: number): WindowSpan {
  const middle = (from.start + from.end) / 2
  const span = Math.min(ZOOM_MAX_MS, Math.max(ZOOM_MIN_MS, (from.end - from.start) * factor))
  return { start: Math.round(middle - span / 2), end: Math.round(middle + span / 2) }
}

/** The window moved by `fraction` of its own length (positive: later). */
export function panned(from: WindowSpan, fraction: number): WindowSpan {
  const shift = (from.end - from.start) * fraction
  return { start: from.start + shift, end: from.end + shift }
}

/** The window of the same length centred on `at`. */
export function centredOn(from: WindowSpan, at: number): WindowSpan {
  const half = (from.end - from.start) / 2
  return { start: at - half, end: at + half }
}

/** The "fit all" window for lanes `lanesWidthPx` wide. */
export function fitSpan(extent: WindowSpan, lanesWidthPx: number): WindowSpan {
  const range = fitWindow(
    { start: new Date(extent.start), end: new Date(extent.end) },
    lanesWidthPx,
  )
  return spanOf(range)
}

/**
 * How the items drawn for window `asked` (which include its margins) cover a view: the very
 * window asked for, within half a margin of it, within the margins, or not (another length
 * or beyond the margins).
 */
export function coverage(asked: WindowSpan, view: WindowSpan): Coverage {
  if (sameWindow(asked, view)) return 'asked'
  const length = asked.end - asked.start
  if (Math.abs(view.end - view.start - length) >= length * 0.01) return 'none'
  const margin = length * WINDOW_MARGIN_SCREENS
  const within = (room: number) => view.start >= asked.start - room && view.end <= asked.end + room
  if (within(margin / 2)) return 'inner'
  return within(margin) ? 'margins' : 'none'
}
