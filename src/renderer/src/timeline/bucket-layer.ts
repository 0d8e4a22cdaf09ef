import type { TimeBucket } from '../../../shared/store'
import type { Track } from '../../../shared/vocabulary'
import { trackLabel, trackIds } from '../timeline-tracks'
import { formatDay } from '../format'
import { BUCKET_GAP_PX, placeBuckets, type BucketPlace } from './bucket-placement'
import { ChipLayer, lengthOf, type LayoutScale } from './chip-layer'
import type { ChipKind, DrawnChip, LaneHeights } from './lane-chips'
import { SpareChips } from './spare-chips'
import { textSpan } from './timeline-items'
import type { LaneHost } from './timeline-ports'
import type { WindowSpan } from './window-cache'

/** Top of the first row of counts in a lane, and the height of a row with its gap. */
const ROW_TOP_PX = 6
const ROW_PX = 28
/** The chip's own padding either side of its label, and its borders (as in the stylesheet). */
const LABEL_INSET_PX = 6
const CHIP_BORDERS_PX = 2
/** How far a count's label may run on past its box, into the window from left of it. */
const LABEL_RUN_PX = 240

interface DrawnBucket extends DrawnChip {
  id: string
  bucket: TimeBucket
  span: WindowSpan
  /** Where its element was last placed, so a place that did not change is not written again. */
  placed: BucketPlace | null
}

/** The counts' places at one scale. */
interface Layout extends LayoutScale {
  places: Map<Track, BucketPlace[]>
  /** For each count, the index of the next one in its row (-1 for none). */
  nextInRow: Map<Track, number[]>
}

/** Each place's next place in the same row, by index (-1 for none). */
function nextInSameRow(places: readonly BucketPlace[]): number[] {
  const next = new Array<number>(places.length).fill(-1)
  const lastInRow = new Map<number, number>()
  places.forEach(({ row }, i) => {
    const last = lastInRow.get(row)
    if (last !== undefined) next[last] = i
    lastInRow.set(row, i)
  })
  return next
}

const NO_EDGE = { paddingLeft: '', clipPath: '' }

/**
 * The label of a count that begins left of the window (`from` < 0). One still in view keeps
 * its label in view, as events do (its box grows if the label is pushed past its width); one
 * wholly left of the window shows none of its label. Either way a label is drawn only up to
 * the next count in its row: two labels kept at the left edge were drawn over each other.
 */
function edgeLabel(
  places: readonly BucketPlace[],
  index: number,
  from: number,
  nextInRow: readonly number[] | undefined,
): { paddingLeft: string; clipPath: string } {
  const { left, width } = places[index]!
  const inView = from + width > 0
  const inset = inView ? LABEL_INSET_PX - from : 0
  const boxWidth = Math.max(width, inset + LABEL_INSET_PX + CHIP_BORDERS_PX)
  const next = places[nextInRow?.[index] ?? -1]
  let room = next ? next.left - BUCKET_GAP_PX - (left + boxWidth) : Infinity
  if (!inView) room = Math.min(room, -(from + width))
  return {
    paddingLeft: inView ? `${inset}px` : '',
    clipPath: room === Infinity ? '' : labelClip(room),
  }
}

/** Room around a chip for its focus outline (3 px, 2 px off the box), which a clip must keep. */
const OUTLINE_ROOM_PX = 6

/** A clip that lets a chip's label run `roomPx` past its right edge, and no further. */
function labelClip(roomPx: number): string {
  const right = roomPx > 0 ? `-${roomPx}px` : '0px'
  return `inset(-${OUTLINE_ROOM_PX}px ${right} -${OUTLINE_ROOM_PX}px -${OUTLINE_ROOM_PX}px)`
}

function bucketId(bucket: TimeBucket): string {
  return `bucket:${bucket.track}:${bucket.start}:${bucket.end}`
}

/**
 * Each bucket's dates, as the reader writes them. The same few boundaries recur in every lane,
 * and formatting each of hundreds of new counts' two dates showed in every zoom step.
 */
const dayLabels = new Map<string, string>()
const DAY_LABELS_KEPT = 4000

function dayLabel(iso: string): string {
  let label = dayLabels.get(iso)
  if (label === undefined) {
    if (dayLabels.size >= DAY_LABELS_KEPT) dayLabels.clear()
    label = formatDay(new Date(iso))
    dayLabels.set(iso, label)
  }
  return label
}

function bucketSignature(bucket: TimeBucket): string {
  return `${bucket.count}|${bucket.statuses.disputed + bucket.statuses.denied}`
}

const BUCKET_CHIPS: ChipKind<TimeBucket, DrawnBucket> = {
  signatureOf: bucketSignature,
  make: (id, bucket, signature) => ({
    id,
    bucket,
    span: { start: Date.parse(bucket.start), end: Date.parse(bucket.end) },
    signature,
    element: null,
    placed: null,
  }),
  trackOf: (drawn) => drawn.bucket.track,
  startOf: (drawn) => drawn.span.start,
}

/**
 * The chip for a per-track count of events in a stretch of time, drawn when there are too many
 * events in view to draw one by one. Activating it zooms into that stretch. Its name says
 * what it shows, and the lane and dates it shows it for.
 */
function buildBucketChip(bucket: TimeBucket, id: string): HTMLElement {
  const chip = document.createElement('span')
  chip.setAttribute('role', 'button')
  chip.tabIndex = 0
  fillBucketChip(chip, bucket, id)
  return chip
}

/** Writes what a count's chip shows and says into `chip`, a new one or one reused. */
function fillBucketChip(chip: HTMLElement, bucket: TimeBucket, id: string): void {
  // Denser buckets are drawn darker; the count says the same in words.
  const density = Math.min(4, Math.ceil(Math.log10(bucket.count + 1)))
  const className = `event-chip bucket-chip density-${density}`
  if (chip.className !== className) chip.className = className
  chip.dataset['bucketId'] = id
  const count = `${bucket.count} ${bucket.count === 1 ? 'event' : 'events'}`
  const disputed = bucket.statuses.disputed + bucket.statuses.denied
  const contested = disputed > 0 ? ` · ${disputed} contested` : ''
  writeChipText(chip, count, contested)
  const from = dayLabel(bucket.start)
  const to = dayLabel(bucket.end)
  chip.setAttribute(
    'aria-label',
    `${count}${contested}, ${trackLabel(bucket.track)}, ${from} to ${to}; activate to zoom in`,
  )
}

/** The count, and the contested ones if any, written over what a reused chip showed. */
function writeChipText(chip: HTMLElement, count: string, contested: string): void {
  const first = chip.firstChild
  const next = first?.nextSibling ?? null
  if (first instanceof Text && (next === null || next instanceof HTMLElement)) {
    if (first.data !== count) first.data = count
  } else chip.replaceChildren(count)
  const second = chip.firstChild?.nextSibling ?? null
  if (!contested) second?.remove()
  else if (!second) chip.append(textSpan('bucket-contested', contested))
  else if (second.textContent !== contested) second.textContent = contested
}

/**
 * The per-track counts, drawn in the timeline's lanes by us rather than as its items. Counts
 * are what most zoom levels show, and as items each new one cost vis-timeline a measurement
 * in a forced layout per lane and step. Here a step builds only the chips that come into view
 * and places them: left and width come from the window, rows from which counts touch.
 *
 * Placing never reads the layout: the lanes' width is given (it is observed).
 */
export class BucketLayer extends ChipLayer<TimeBucket, DrawnBucket> {
  protected readonly kind = BUCKET_CHIPS
  private layout: Layout | null = null
  private readonly spares = new SpareChips()

  /** `inSight` says whether a lane is in sight: counts are built only there. */
  constructor(
    host: LaneHost,
    heights: LaneHeights,
    private readonly inSight: (track: Track) => boolean = () => true,
  ) {
    super(host, heights, 'bucket-row')
  }

  /**
   * Takes these counts instead of those drawn; says whether anything changed. They are drawn by
   * the next `place`, at the window they are shown for.
   */
  show(buckets: readonly TimeBucket[]): boolean {
    const changed = this.replace(
      new Map(buckets.map((bucket) => [bucketId(bucket), bucket])),
      (drawn) => this.spares.keep(drawn.bucket.track, drawn.element),
    )
    if (changed) this.layout = null
    // Lanes with no width are not placed, so no step will take the chips kept.
    if (this.widthPx === 0) this.spares.drop()
    return changed
  }

  protected build(drawn: DrawnBucket): HTMLElement {
    const spare = this.spares.take(drawn.bucket.track)
    if (!spare) return buildBucketChip(drawn.bucket, drawn.id)
    fillBucketChip(spare, drawn.bucket, drawn.id)
    return spare
  }

  /** The stretch of time a count's chip stands for, if it is one of ours. */
  spanOf(chip: HTMLElement): WindowSpan | null {
    const id = chip.dataset['bucketId']
    return (id && this.drawn.get(id)?.span) || null
  }

  /**
   * Moves the chips to where the window `view` shows their stretches of time. Only counts in
   * view (or whose label may run into it), in lanes in sight, are in the page: the answer's
   * margins are kept for pans, and a zoom step then builds only what it shows. Counts are
   * laid out once per scale; a pan then shifts each lane's chips as one, so only the chips
   * that come into view (and the ones at the left edge, whose labels are kept in view) are
   * written to.
   */
  protected placeAt(view: WindowSpan): void {
    const layout = this.layoutFor(view)
    const shift = this.shiftFor(layout, view)
    for (const track of trackIds()) {
      const lane = this.lanes.get(track) ?? []
      const places = layout.places.get(track) ?? []
      const inSight = this.inSight(track)
      let rows = 0
      const shown: HTMLElement[] = []
      places.forEach((place, i) => {
        const { left, width, row } = place
        rows = Math.max(rows, row + 1)
        const drawn = lane[i]!
        const from = left + shift
        const inView = inSight && from < this.widthPx && from + width > -LABEL_RUN_PX
        const element = this.elementIfShown(drawn, inView)
        if (!element) return
        shown.push(element)
        const style = element.style
        const placed = drawn.placed
        if (placed?.left !== left) style.left = `${left}px`
        if (placed?.width !== width) style.width = `${width}px`
        if (placed?.row !== row) style.top = `${ROW_TOP_PX + row * ROW_PX}px`
        drawn.placed = place
        const edge = from < 0 ? edgeLabel(places, i, from, layout.nextInRow.get(track)) : NO_EDGE
        if (style.paddingLeft !== edge.paddingLeft) style.paddingLeft = edge.paddingLeft
        if (style.clipPath !== edge.clipPath) style.clipPath = edge.clipPath
      })
      this.chips.show(track, shown)
      this.chips.shift(track, shift)
      this.heights.set(this, track, rows > 0 ? ROW_TOP_PX + rows * ROW_PX : 0)
    }
    this.spares.drop()
  }

  /** The counts' places at the scale of `view`, from the last layout if it is at that scale. */
  private layoutFor(view: WindowSpan): Layout {
    if (this.atScaleOf(this.layout, view)) return this.layout
    const length = lengthOf(view)
    const at = { start: view.start, end: view.start + length }
    const places = new Map<Track, BucketPlace[]>()
    const nextInRow = new Map<Track, number[]>()
    for (const track of trackIds()) {
      const lane = this.lanes.get(track) ?? []
      const placed = placeBuckets(
        lane.map((drawn) => drawn.span),
        at,
        this.widthPx,
      )
      places.set(track, placed)
      nextInRow.set(track, nextInSameRow(placed))
    }
    this.layout = { origin: view.start, length, widthPx: this.widthPx, places, nextInRow }
    return this.layout
  }
}
