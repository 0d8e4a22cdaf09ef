import type { Track } from '../../../shared/vocabulary'
import { LANE_ROWS_ATTRIBUTE } from './lane-controls'
import type { WindowSpan } from './window-cache'

/** How far the pointer may move between press and release for a click rather than a drag. */
const CLICK_SLOP_PX = 4

export interface ChipActions {
  /** An event's chip was activated. */
  select(eventId: string): void
  /** The arrow keys on an event's chip: the previous or next event. */
  step(eventId: string, direction: -1 | 1): void
  /** The stretch of time a count's chip stands for, if it is one. */
  bucketSpan(chip: HTMLElement): WindowSpan | null
  /** A count's chip was activated: show its stretch of time. */
  zoomTo(span: WindowSpan): void
  /** A lane's "+N more" (whole) or "Show fewer" was pressed. */
  showLaneWhole(track: Track, whole: boolean): void
}

function chipOf(element: EventTarget | null): HTMLElement | null {
  return element instanceof HTMLElement ? element.closest<HTMLElement>('.event-chip') : null
}

function laneButtonOf(element: EventTarget | null): HTMLElement | null {
  return element instanceof HTMLElement
    ? element.closest<HTMLElement>(`[${LANE_ROWS_ATTRIBUTE}]`)
    : null
}

/** An event's chip in the canvas, if it is drawn. */
export function chipFor(canvas: HTMLElement, eventId: string): HTMLElement | null {
  return canvas.querySelector<HTMLElement>(`.event-chip[data-event-id="${CSS.escape(eventId)}"]`)
}

/**
 * Clicks and keys on the chips our layers draw: an event's chip opens it, a count's zooms into
 * its stretch of time. Returns what stops listening.
 */
export function listenToChips(canvas: HTMLElement, actions: ChipActions): () => void {
  const zoomToBucket = (chip: HTMLElement): boolean => {
    const span = actions.bucketSpan(chip)
    if (span) actions.zoomTo(span)
    return span !== null
  }
  // A drag that pans the timeline may begin and end on the same chip: that is no click.
  let pressedAt: { x: number; y: number } | null = null
  const onPointerDown = (event: PointerEvent): void => {
    pressedAt = { x: event.clientX, y: event.clientY }
  }
  const onClick = (event: MouseEvent): void => {
    const chip = chipOf(event.target)
    const laneButton = laneButtonOf(event.target)
    // A button pressed with the keyboard clicks where no pointer is (detail 0).
    const moved =
      pressedAt && event.detail > 0
        ? Math.hypot(event.clientX - pressedAt.x, event.clientY - pressedAt.y)
        : 0
    if (moved > CLICK_SLOP_PX) return
    const track = laneButton?.dataset['track']
    if (laneButton && track) {
      actions.showLaneWhole(track, laneButton.getAttribute(LANE_ROWS_ATTRIBUTE) === 'more')
      return
    }
    if (!chip) return
    const id = chip.dataset['eventId']
    if (id) actions.select(id)
    else zoomToBucket(chip)
  }
  const onKeyDown = (event: KeyboardEvent): void => {
    const chip = chipOf(event.target)
    if (!chip) return
    const id = chip.dataset['eventId']
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      if (!zoomToBucket(chip) && id) actions.select(id)
    } else if (id && (event.key === 'ArrowRight' || event.key === 'ArrowLeft')) {
      event.preventDefault()
      event.stopPropagation()
      actions.step(id, event.key === 'ArrowRight' ? 1 : -1)
    }
  }
  canvas.addEventListener('pointerdown', onPointerDown)
  canvas.addEventListener('click', onClick)
  canvas.addEventListener('keydown', onKeyDown)
  return () => {
    canvas.removeEventListener('keydown', onKeyDown)
    canvas.removeEventListener('click', onClick)
    canvas.removeEventListener('pointerdown', onPointerDown)
  }
}

/** Focuses an event's chip, if drawn, and brings it into the lanes' view; says whether it did. */
export function focusChip(
  canvas: HTMLElement,
  eventId: string,
  bringIntoView: (chip: HTMLElement) => void,
): boolean {
  const chip = chipFor(canvas, eventId)
  if (!chip) return false
  chip.focus({ preventScroll: true })
  bringIntoView(chip)
  return true
}
