import type { Track } from '../../../shared/vocabulary'
import type { TimelineWindow, WindowQuery } from '../../../shared/store'
import type { WindowSpan } from './window-cache'

/** What the layers drawing chips in the lanes need of the widget that draws the lanes. */
export interface LaneHost {
  /** The element a lane's chips are placed in (time across its whole width), once drawn. */
  laneElement(track: Track): HTMLElement | null
  /** Makes a lane at least this tall (0: as tall as its label). */
  setLaneHeight(track: Track, heightPx: number): void
}

/** What the fetch-and-draw controller needs of the timeline widget. */
export interface TimelinePort {
  /** The window of time shown. */
  window(): WindowSpan
  /** Shows this window at once; the widget reports it as a range change. */
  setWindow(span: WindowSpan): void
  /** The lanes' width in pixels: time is scaled across it. */
  lanesWidthPx(): number
  /** Asks the widget to lay out and draw again in the next frame. */
  redrawSoon(): void
  /** Draws at once what would be drawn in the next frame: a step the user took shows sooner. */
  drawNow(): void
  /** Calls back once the widget has drawn (`redrawing`), or in the next frame if nothing is to be drawn. */
  whenDrawn(redrawing: boolean, callback: () => void): void
}

/** What the controller draws into: our own chips in the lanes. */
export interface ChipLayers {
  /** Takes a window's answer instead of what is drawn; says whether anything changed. */
  show(answer: TimelineWindow): boolean
  /** Moves the chips to where the window `view` shows them. */
  place(view: WindowSpan): void
  /** Focuses an event's chip, if it is drawn, and brings it into view; says whether it did. */
  focusEvent(eventId: string): boolean
}

/** Asks the core for a window of a query (the whole extent when no window is given). */
export type FetchWindow = (request: WindowQuery) => Promise<TimelineWindow>

/** Idle-time work, cancellable; the browser's requestIdleCallback in the app. */
export interface IdleScheduler {
  whenIdle(callback: () => void): () => void
  /** Once the page is idle after a pause: a search being typed has stopped changing. */
  whenQuiet(callback: () => void): () => void
}

/** What the controller tells its owner. */
export interface ControllerEvents {
  /** In the frame in which a window's items are drawn. */
  drawn(): void
  /** When the answer for the window shown could not be had. */
  failed(): void
  /** When the window shown has settled after a change. */
  rangeChanged(span: WindowSpan): void
}

/** A lane of the timeline: one track. */
export interface TimelineLane {
  track: Track
  label: string
}

/** What the adapter reports of the widget; the caller wires it to the controller. */
export interface AdapterEvents {
  /** The window moves (at most once a frame); `byUser` when by a drag, the wheel or a pinch. */
  onRangeChange(span: WindowSpan, byUser: boolean): void
  /** The window has settled. */
  onRangeChanged(span: WindowSpan): void
  /** The lanes' width changed. */
  onLanesWidth(widthPx: number): void
  /** The height the lanes are seen in changed (it is fixed by the page, not by the lanes). */
  onLanesHeight(heightPx: number): void
  /** The widget has drawn (a move, a scroll of the lanes, new lane heights). */
  onDrawn?(): void
}
