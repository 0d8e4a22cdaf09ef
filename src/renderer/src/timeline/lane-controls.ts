import type { Track } from '../../../shared/vocabulary'
import { trackLabel } from '../timeline-tracks'
import type { LaneFit } from './lane-fit'
import type { LaneHost } from './timeline-ports'

/** The attribute that marks a lane's button and says what it does: "more" or "fewer". */
export const LANE_ROWS_ATTRIBUTE = 'data-lane-rows'

/** What a lane's button says: "+N more" events hidden in view, or "Show fewer". */
export type LaneControl = { kind: 'more'; hidden: number } | { kind: 'fewer' }

/**
 * The button under a lane's shown rows: "+N more" shows the lane whole, "Show fewer" caps it
 * again. It is one button per lane, relabelled rather than replaced, so it keeps the focus
 * when pressed; it is not shifted with the chips when the timeline pans.
 */
export class LaneControls {
  private readonly buttons = new Map<Track, HTMLButtonElement>()

  constructor(private readonly host: LaneHost) {}

  /** Shows the lane's button at `topPx` in the lane, or takes it away (null, or none hidden). */
  show(track: Track, control: LaneControl | null, topPx: number): void {
    const text =
      control?.kind === 'fewer'
        ? 'Show fewer'
        : control && control.hidden > 0
          ? `+${control.hidden} more`
          : null
    if (text === null || !control) {
      this.buttons.get(track)?.remove()
      return
    }
    const button = this.buttonIn(track)
    if (!button) return
    const top = `${topPx}px`
    if (button.style.top !== top) button.style.top = top
    if (button.textContent === text) return
    button.textContent = text
    button.setAttribute('aria-label', `${text} in ${trackLabel(track)}`)
    button.setAttribute('aria-expanded', String(control.kind === 'fewer'))
    button.setAttribute(LANE_ROWS_ATTRIBUTE, control.kind)
  }

  /** The lane's button, made when first needed and put (back) into the lane. */
  private buttonIn(track: Track): HTMLButtonElement | null {
    const known = this.buttons.get(track)
    if (known?.isConnected) return known
    const lane = this.host.laneElement(track)
    if (!lane) return null
    const button = known ?? document.createElement('button')
    button.type = 'button'
    button.className = 'lane-rows-toggle'
    button.dataset['track'] = track
    lane.append(button)
    this.buttons.set(track, button)
    return button
  }
}

/** The lane's button for a fit, given how many events its hidden rows hold in view. */
export function controlFor(fit: LaneFit, hiddenInView: number): LaneControl | null {
  if (fit.control === 'fewer') return { kind: 'fewer' }
  if (fit.control === 'more') return { kind: 'more', hidden: hiddenInView }
  return null
}
