import { describe, expect, it } from 'vitest'
import { EVENT_GAP_PX, placeEvents, POINT_INSET_PX, type EventShape } from './event-placement'

const DAY = 86_400_000
const days = (from: number, to: number) => ({ start: from * DAY, end: to * DAY })
const point = (day: number, labelPx = 150): EventShape => ({ start: day * DAY, end: null, labelPx })
const span = (from: number, to: number, labelPx = 150): EventShape => ({
  start: from * DAY,
  end: to * DAY,
  labelPx,
})

describe('placing events on the lanes', () => {
  it('draws a span of dates as a box over them, and a point with its mark on its date', () => {
    // Ten days on 1,000 pixels: a day is 100 pixels.
    const [range, dot] = placeEvents([span(2, 5, 80), point(7, 90)], days(0, 10), 1000)
    expect(range).toMatchObject({ left: 200, boxWidth: 300, right: 500 })
    expect(dot).toMatchObject({ left: 700 - POINT_INSET_PX, boxWidth: null })
    expect(dot!.right).toBe(700 - POINT_INSET_PX + 90)
  })

  it('lets a label longer than its box reach past it, and keeps the next event clear of it', () => {
    // The box ends at 300 px, its label at 200 + 250 = 450 px: the point at 4 days must move down.
    const places = placeEvents([span(2, 3, 250), point(4.4)], days(0, 10), 1000)
    expect(places[0]!.right).toBe(450)
    expect(places.map((place) => place.row)).toEqual([0, 1])
  })

  it('keeps events whose chips do not meet in one row, a gap apart', () => {
    const places = placeEvents([point(1, 100), point(3, 100), point(5, 100)], days(0, 10), 1000)
    expect(places.map((place) => place.row)).toEqual([0, 0, 0])
    const [first, second] = places
    expect(second!.left - first!.right).toBeGreaterThanOrEqual(EVENT_GAP_PX)
  })

  it('fills the first row with room before opening a new one', () => {
    const places = placeEvents(
      [point(1, 300), point(2, 100), point(4.5, 100), point(5, 100)],
      days(0, 10),
      1000,
    )
    expect(places.map((place) => place.row)).toEqual([0, 1, 0, 1])
  })

  it('keeps every event in its row when the window is panned', () => {
    const shapes = [point(1), span(1.5, 3, 60), point(2), point(2.05), span(4, 9), point(6)]
    const rows = (view: { start: number; end: number }) =>
      placeEvents(shapes, view, 1000).map((place) => place.row)
    const at = rows(days(0, 10))
    for (const shift of [0.13, 1.7, -3.3, 25.01]) {
      expect(rows(days(shift, 10 + shift))).toEqual(at)
    }
    const panned = placeEvents(shapes, days(-2, 8), 1000)
    expect(panned[0]!.left).toBe(300 - POINT_INSET_PX)
  })

  it('keeps the rows of events drawn before when new ones are answered at their left', () => {
    const before = [point(3, 150), point(3.5, 150), point(6, 150)]
    const rows = placeEvents(before, days(0, 10), 1000).map((place) => place.row)
    expect(rows).toEqual([0, 1, 0])
    // An event new at the left would push the others down if placed afresh…
    const after = [point(2.5, 150), ...before]
    expect(placeEvents(after, days(0, 10), 1000).map((place) => place.row)).toEqual([0, 1, 2, 0])
    // …but with their rows kept, only the new event is fitted around them.
    const kept = placeEvents(after, days(0, 10), 1000, [null, ...rows])
    expect(kept.map((place) => place.row)).toEqual([2, 0, 1, 0])
  })

  it('fits a new event into a gap between kept events of a row', () => {
    const places = placeEvents(
      [point(1, 100), point(2.2, 100), point(3.4, 100)],
      days(0, 10),
      1000,
      [0, null, 0],
    )
    expect(places.map((place) => place.row)).toEqual([0, 0, 0])
    const tight = placeEvents([point(1, 100), point(2, 100), point(3.4, 100)], days(0, 10), 1000, [
      0,
      null,
      0,
    ])
    expect(tight.map((place) => place.row)).toEqual([0, 1, 0])
  })

  it('fits a lane anew when the events of a row are gone, rather than keep that row empty', () => {
    const before = [point(3, 150), point(3.5, 150), point(6, 150)]
    const rows = placeEvents(before, days(0, 10), 1000).map((place) => place.row)
    expect(rows).toEqual([0, 1, 0])
    // A filter hides the events of row 0: the one left takes the first row.
    const left = placeEvents([before[1]!], days(0, 10), 1000, [rows[1]!])
    expect(left.map((place) => place.row)).toEqual([0])
    // An event moved in from another lane does not keep a row that leaves one empty.
    const moved = placeEvents([point(8, 150)], days(0, 10), 1000, [3])
    expect(moved.map((place) => place.row)).toEqual([0])
  })

  it('never draws a box too narrow to see', () => {
    const [place] = placeEvents([{ start: 0, end: 1, labelPx: 10 }], days(0, 3650), 1000)
    expect(place!.boxWidth).toBeGreaterThanOrEqual(4)
  })
})
