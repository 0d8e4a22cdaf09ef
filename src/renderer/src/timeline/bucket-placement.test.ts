import { describe, expect, it } from 'vitest'
import { placeBuckets } from './bucket-placement'

const DAY = 86_400_000
const days = (from: number, to: number) => ({ start: from * DAY, end: to * DAY })

describe('placing per-track counts on the lanes', () => {
  it('draws each count over its stretch of time', () => {
    // Ten days on 1,000 pixels: a day is 100 pixels.
    const [place] = placeBuckets([days(2, 4)], days(0, 10), 1000)
    expect(place).toMatchObject({ left: 200, width: 200, row: 0 })
  })

  it('keeps the position relative to the window shown, also left of it', () => {
    const [place] = placeBuckets([days(-3, -1)], days(-5, 5), 1000)
    expect(place).toMatchObject({ left: 200, width: 200 })
    const [before] = placeBuckets([days(-3, -1)], days(0, 10), 1000)
    expect(before).toMatchObject({ left: -300, width: 200 })
  })

  it('puts touching counts in alternate rows, so each label has room to run on', () => {
    const rows = placeBuckets([days(0, 1), days(1, 2), days(2, 3), days(3, 4)], days(0, 10), 1000)
    expect(rows.map((place) => place.row)).toEqual([0, 1, 0, 1])
  })

  it('keeps counts with a gap between them in one row', () => {
    const rows = placeBuckets([days(0, 1), days(2, 3), days(5, 6)], days(0, 10), 1000)
    expect(rows.map((place) => place.row)).toEqual([0, 0, 0])
  })

  it('never draws a count narrower than a pixel', () => {
    const [place] = placeBuckets([{ start: 0, end: 1 }], days(0, 3650), 1000)
    expect(place!.width).toBe(1)
  })
})
