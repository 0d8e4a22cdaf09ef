import { LINKED_EVENTS_MAX } from '../../../shared/link-vocabulary'
import type { LinkPair } from '../../../shared/links'
import { connectorsBetween, type Box } from './link-connectors'
import './link-overlay.css'

const SVG = 'http://www.w3.org/2000/svg'
/** Our chips carry their event's id; vis-timeline's own elements never do. */
const CHIP_SELECTOR = '.event-chip[data-event-id]'
/** The panel the lanes are seen in, as the adapter marks it. */
const LANES_SELECTOR = '[data-timeline-lanes]'

/** Asks the core for the links joining two of these events. */
export type FetchLinkPairs = (eventIds: string[]) => Promise<LinkPair[]>

function boxWithin(element: Element, origin: DOMRect): Box {
  const r = element.getBoundingClientRect()
  return {
    left: r.left - origin.left,
    top: r.top - origin.top,
    right: r.right - origin.left,
    bottom: r.bottom - origin.top,
  }
}

/**
 * "Show links": an SVG layer over the timeline that draws a connector between linked events
 * whose chips are both in view. It is drawn after the timeline is (never while off, so zoom and
 * pan cost nothing more), asks the core for the links among the events drawn when they change,
 * and is hidden from assistive technology: the details' "Linked accounts" list says the same.
 */
export class LinkOverlay {
  private readonly svg: SVGSVGElement
  private enabled = false
  private version = 0
  private pairs: LinkPair[] = []
  /** The events (and data version) the links were last asked among. */
  private askedKey = ''

  constructor(
    private readonly canvas: HTMLElement,
    private readonly fetchPairs: FetchLinkPairs,
    private readonly onFailure: (error: Error) => void,
  ) {
    this.svg = document.createElementNS(SVG, 'svg')
    this.svg.classList.add('link-overlay')
    this.svg.setAttribute('data-link-overlay', '')
    this.svg.setAttribute('aria-hidden', 'true')
    this.svg.setAttribute('focusable', 'false')
    this.svg.style.display = 'none'
    canvas.append(this.svg)
  }

  setEnabled(enabled: boolean): void {
    if (enabled === this.enabled) return
    this.enabled = enabled
    this.svg.style.display = enabled ? '' : 'none'
    if (!enabled) this.svg.replaceChildren()
    this.draw()
  }

  /** The timeline's data changed: links may have been made or removed. */
  setDataVersion(version: number): void {
    if (version === this.version) return
    this.version = version
    this.askedKey = ''
    this.draw()
  }

  /** Draws the connectors for the chips as they are placed now; nothing while off. */
  draw(): void {
    if (!this.enabled) return
    const lanes = this.canvas.querySelector(LANES_SELECTOR)
    if (!lanes) return
    const chips = new Map<string, Element>()
    for (const chip of this.canvas.querySelectorAll<HTMLElement>(CHIP_SELECTOR))
      chips.set(chip.dataset['eventId']!, chip)
    this.askFor([...chips.keys()])
    const origin = this.canvas.getBoundingClientRect()
    const view = boxWithin(lanes, origin)
    const boxOf = (id: string) => {
      const chip = chips.get(id)
      return chip ? boxWithin(chip, origin) : null
    }
    const paths = connectorsBetween(this.pairs, boxOf, view).map((connector) => {
      const path = document.createElementNS(SVG, 'path')
      path.setAttribute('d', connector.path)
      path.setAttribute('class', `link-connector link-${connector.kind}`)
      path.setAttribute('data-link-connector', connector.kind)
      path.setAttribute('data-link-from', connector.from)
      path.setAttribute('data-link-to', connector.to)
      return path
    })
    // Lines stay within the lanes, never over the axis or the lane labels.
    const clip = `inset(${view.top}px ${origin.width - view.right}px ${origin.height - view.bottom}px ${view.left}px)`
    if (this.svg.style.clipPath !== clip) this.svg.style.clipPath = clip
    this.svg.replaceChildren(...paths)
  }

  destroy(): void {
    this.enabled = false
    this.svg.remove()
  }

  /** Asks for the links among the events drawn when they (or the data) changed. */
  private askFor(ids: string[]): void {
    const key = `${this.version}:${[...ids].sort().join(' ')}`
    if (key === this.askedKey) return
    this.askedKey = key
    if (ids.length < 2) {
      this.pairs = []
      return
    }
    this.fetchPairs(ids.slice(0, LINKED_EVENTS_MAX)).then(
      (pairs) => {
        if (key !== this.askedKey) return
        this.pairs = pairs
        this.draw()
      },
      // Asked again only once other events are drawn: a failure is told once, not every frame.
      (error: Error) => this.onFailure(error),
    )
  }
}
