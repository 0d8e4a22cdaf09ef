import { type Track } from '../../../shared/vocabulary'
import { trackIds } from '../timeline-tracks'
import type { EventSummary } from '../../../shared/store'
import { ChipMeasure } from './chip-measure'
import { placeEvents, type EventPlace, type EventShape } from './event-placement'
import { ChipLayer, lengthOf, type LayoutScale } from './chip-layer'
import type { ChipKind, DrawnChip, LaneHeights } from './lane-chips'
import { controlFor, LaneControls } from './lane-controls'
import { fitLanes, ROW_PX, ROW_TOP_PX, type LaneFit } from './lane-fit'
import { buildEventChip, eventSpan } from './timeline-items'
import type { LaneHost } from './timeline-ports'
import type { WindowSpan } from './window-cache'

/** The chip's own padding before its label (as in the stylesheet). */
const LABEL_INSET_PX = 6

interface DrawnEvent extends DrawnChip {
  event: EventSummary
  shape: EventShape
  titleMaxPx: number
  /** Where its element was last placed, so a place that did not change is not written again. */
  placed: { left: number; row: number; boxWidth: number | null } | null
}

/** The events' places at one scale. */
interface Layout extends LayoutScale {
  places: Map<Track, EventPlace[]>
  /** How many rows each lane's events take. */
  laneRows: Map<Track, number>
  /** Each event's row in its lane (by `rowKey`), kept when answered anew at the same scale. */
  rows: Map<string, number>
}

/** An event's row is kept only in the lane it was in: moved to another, it is fitted anew. */
const rowKey = (track: Track, eventId: string): string => `${track}\n${eventId}`

/** An edit may move an event to another track and change nothing else: the track is part of it. */
function eventSignature(event: EventSummary): string {
  return [
    event.title,
    event.track,
    event.status,
    event.precision,
    event.noteCount,
    event.start,
    event.end,
  ].join('|')
}

/**
 * The events themselves, drawn in the timeline's lanes by us rather than as its items, as the
 * counts are. vis-timeline measured every new item in a forced layout per lane and restacked
 * the lanes at each step; here a step builds only the chips that come into view and places
 * them from the window's scale and their labels' font metrics, without reading the layout.
 *
 * Rows are worked out over all the events answered, margins included, so a pan never moves an
 * event to another row, and lanes keep their height while panning. Events answered anew at the
 * same scale keep their rows; only new ones are fitted around them.
 */
export class EventLayer extends ChipLayer<EventSummary, DrawnEvent> {
  private readonly measure: ChipMeasure
  private selectedId: string | null = null
  private layout: Layout | null = null
  /** Set when the events changed since the layout was made. */
  private layoutStale = false
  private readonly controls: LaneControls
  /** The lanes' visible height, which the lanes are fitted into; 0 until known. */
  private viewHeightPx = 0
  /** The lanes the user asked to see whole. */
  private readonly expanded = new Set<Track>()
  private fits = new Map<Track, LaneFit>()

  constructor(canvas: HTMLElement, host: LaneHost, heights: LaneHeights) {
    super(host, heights, 'event-row')
    this.measure = new ChipMeasure(canvas)
    this.controls = new LaneControls(host)
  }

  /** Events become chips measured by their labels' font metrics. */
  protected readonly kind: ChipKind<EventSummary, DrawnEvent> = {
    signatureOf: eventSignature,
    make: (_id, event, signature) => {
      const { labelPx, titleMaxPx } = this.measure.widths(event)
      return {
        event,
        shape: { ...eventSpan(event), labelPx },
        titleMaxPx,
        signature,
        element: null,
        placed: null,
      }
    },
    trackOf: (drawn) => drawn.event.track,
    startOf: (drawn) => drawn.shape.start,
  }

  /**
   * Takes these events instead of those drawn; says whether anything changed. They are drawn by
   * the next `place`, at the window they are shown for.
   */
  show(events: readonly EventSummary[]): boolean {
    const changed = this.replace(new Map(events.map((event) => [event.id, event])))
    if (changed) this.layoutStale = true
    return changed
  }

  /** The lanes' visible height: long lanes are capped so that every lane is in view. */
  setViewHeight(heightPx: number): void {
    if (heightPx === this.viewHeightPx) return
    this.viewHeightPx = heightPx
    this.placeAgain()
  }

  /** Shows a lane whole ("+N more") or capped again ("Show fewer"). */
  showWhole(track: Track, whole: boolean): void {
    if (whole) this.expanded.add(track)
    else this.expanded.delete(track)
    this.placeAgain()
  }

  /** Shows whole the lane of an event in one of its hidden rows; says whether it had to. */
  reveal(eventId: string): boolean {
    const drawn = this.drawn.get(eventId)
    const row = drawn && this.layout?.rows.get(rowKey(drawn.event.track, eventId))
    const fit = drawn && this.fits.get(drawn.event.track)
    if (!drawn || row === undefined || !fit || row < fit.shownRows) return false
    this.showWhole(drawn.event.track, true)
    return true
  }

  /** Marks the selected event's chip, now and whenever it is drawn. */
  select(id: string | null): void {
    if (id === this.selectedId) return
    const before = this.selectedId ? this.drawn.get(this.selectedId)?.element : null
    before?.classList.remove('selected')
    this.selectedId = id
    const after = id ? this.drawn.get(id)?.element : null
    after?.classList.add('selected')
  }

  /**
   * Moves the chips to where the window `view` shows their dates. Only events in view are in
   * the page (and a focused one, so focus is not lost): the answer's margins are kept for pans.
   * Chips are laid out once per scale; a pan then shifts each lane's chips as one, so only the
   * chips that come into view are written to.
   */
  protected placeAt(view: WindowSpan): void {
    const layout = this.layoutFor(view)
    const shift = this.shiftFor(layout, view)
    const needs = trackIds().map((track) => ({
      track,
      rows: layout.laneRows.get(track) ?? 0,
      floorPx: this.heights.askedByOthers(this, track),
    }))
    this.fits = fitLanes(needs, this.viewHeightPx, this.expanded)
    for (const track of trackIds()) {
      const lane = this.lanes.get(track) ?? []
      const places = layout.places.get(track) ?? []
      const fit = this.fits.get(track)!
      const shown: HTMLElement[] = []
      let hidden = 0
      places.forEach(({ left, boxWidth, right, row }, i) => {
        const drawn = lane[i]!
        const inView = left + shift < this.widthPx && right + shift > 0
        // Rows past those the lane shows are behind its "+N more".
        if (inView && row >= fit.shownRows) hidden += 1
        const element = this.elementIfShown(drawn, inView && row < fit.shownRows)
        if (!element) return
        shown.push(element)
        const style = element.style
        const placed = drawn.placed
        if (placed?.left !== left) style.left = `${left}px`
        if (placed?.row !== row) style.top = `${ROW_TOP_PX + row * ROW_PX}px`
        if (boxWidth !== null && placed?.boxWidth !== boxWidth) style.width = `${boxWidth}px`
        drawn.placed = { left, row, boxWidth }
        if (boxWidth !== null) {
          // A span that begins left of the window keeps its label in view while its box is.
          const from = left + shift
          const cut = from < 0 && from + boxWidth > LABEL_INSET_PX
          const padding = cut ? `${LABEL_INSET_PX - from}px` : ''
          if (style.paddingLeft !== padding) style.paddingLeft = padding
        }
      })
      this.chips.show(track, shown)
      this.chips.shift(track, shift)
      this.controls.show(track, controlFor(fit, hidden), ROW_TOP_PX + fit.shownRows * ROW_PX)
      this.heights.set(this, track, fit.eventsPx)
    }
  }

  /** The chips' places at the scale of `view`, from the last layout if it is at that scale. */
  private layoutFor(view: WindowSpan): Layout {
    const length = lengthOf(view)
    const known = this.layout
    const sameScale = this.atScaleOf(known, view)
    if (sameScale && !this.layoutStale) return known
    // At the same scale the origin is kept, so events placed before keep their lefts.
    const origin = sameScale ? known.origin : view.start
    const at = { start: origin, end: origin + length }
    const places = new Map<Track, EventPlace[]>()
    const laneRows = new Map<Track, number>()
    const rowsOf = new Map<string, number>()
    for (const track of trackIds()) {
      const lane = this.lanes.get(track) ?? []
      const kept = sameScale
        ? lane.map((drawn) => known.rows.get(rowKey(track, drawn.event.id)) ?? null)
        : []
      const placed = placeEvents(
        lane.map((drawn) => drawn.shape),
        at,
        this.widthPx,
        kept,
      )
      placed.forEach((place, i) => rowsOf.set(rowKey(track, lane[i]!.event.id), place.row))
      places.set(track, placed)
      laneRows.set(
        track,
        placed.reduce((most, place) => Math.max(most, place.row + 1), 0),
      )
    }
    this.layout = { origin, length, widthPx: this.widthPx, places, laneRows, rows: rowsOf }
    this.layoutStale = false
    return this.layout
  }

  protected build(drawn: DrawnEvent): HTMLElement {
    const chip = buildEventChip(drawn.event, drawn.titleMaxPx, drawn.shape.end === null)
    if (drawn.event.id === this.selectedId) chip.classList.add('selected')
    return chip
  }
}
