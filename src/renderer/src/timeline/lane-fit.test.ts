import { describe, expect, it } from 'vitest'
import { CONTROL_ROW_PX, fitLanes, ROW_PX, ROW_TOP_PX, type LaneNeed } from './lane-fit'

/** The bundled sample at "Fit all": the United States lane has eleven rows of events. */
const SAMPLE: LaneNeed[] = [
  { track: 'us', rows: 11, floorPx: 0 },
  { track: 'ru', rows: 3, floorPx: 0 },
  { track: 'ua', rows: 5, floorPx: 0 },
  { track: 'eu', rows: 2, floorPx: 0 },
  { track: 'med', rows: 2, floorPx: 0 },
]
const rows = (n: number) => ROW_TOP_PX + n * ROW_PX

function shown(fits: ReturnType<typeof fitLanes>) {
  return Object.fromEntries([...fits].map(([track, fit]) => [track, [fit.shownRows, fit.control]]))
}

function height(fits: ReturnType<typeof fitLanes>) {
  return [...fits.values()].reduce((sum, fit) => sum + fit.eventsPx, 0)
}

describe('fitting the lanes into the timeline', () => {
  it('shows every lane whole when they all fit', () => {
    const fits = fitLanes(SAMPLE, 2000, new Set())
    expect(shown(fits)).toEqual({
      us: [11, null],
      ru: [3, null],
      ua: [5, null],
      eu: [2, null],
      med: [2, null],
    })
    expect(fits.get('us')!.eventsPx).toBe(rows(11))
  })

  it('caps long lanes with "+N more" so that every lane is in view', () => {
    const fits = fitLanes(SAMPLE, 328, new Set())
    expect(height(fits)).toBeLessThanOrEqual(328)
    expect(shown(fits)).toEqual({
      us: [1, 'more'],
      ru: [1, 'more'],
      ua: [1, 'more'],
      eu: [2, null],
      med: [2, null],
    })
    expect(fits.get('us')!.eventsPx).toBe(rows(1) + CONTROL_ROW_PX)
  })

  it('shares the room left, a row to each lane in turn from the top', () => {
    const fits = fitLanes(SAMPLE, 440, new Set())
    expect(height(fits)).toBeLessThanOrEqual(440)
    // Russia's last row costs less than its button: shown whole, it needs none.
    expect(shown(fits)).toEqual({
      us: [2, 'more'],
      ru: [3, null],
      ua: [2, 'more'],
      eu: [2, null],
      med: [2, null],
    })
  })

  it('shows a lane the user expanded whole, with "Show fewer", and caps the others', () => {
    const fits = fitLanes(SAMPLE, 440, new Set(['us']))
    expect(fits.get('us')).toEqual({
      shownRows: 11,
      control: 'fewer',
      eventsPx: rows(11) + CONTROL_ROW_PX,
    })
    expect(fits.get('ru')).toMatchObject({ shownRows: 1, control: 'more' })
  })

  it('offers no button once everything fits, expanded or not', () => {
    expect(shown(fitLanes(SAMPLE, 2000, new Set(['us'])))['us']).toEqual([11, null])
  })

  it('counts the rows of counts in a lane, which are drawn whatever the events need', () => {
    const needs = SAMPLE.map((need) =>
      need.track === 'med' ? { ...need, rows: 0, floorPx: 200 } : need,
    )
    const fits = fitLanes(needs, 400, new Set())
    expect(fits.get('med')).toEqual({ shownRows: 0, control: null, eventsPx: 0 })
    expect(fits.get('us')).toMatchObject({ shownRows: 1, control: 'more' })
  })

  it('caps nothing before the height is known', () => {
    expect(shown(fitLanes(SAMPLE, 0, new Set()))['us']).toEqual([11, null])
  })
})
