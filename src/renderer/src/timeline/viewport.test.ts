import { describe, expect, it } from 'vitest'
import { WINDOW_MARGIN_SCREENS } from '../../../shared/vocabulary'
import {
  centredOn,
  coverage,
  fitSpan,
  panned,
  ZOOM_MAX_MS,
  ZOOM_MIN_MS,
  ZOOM_STEP,
  zoomed,
} from './viewport'

const DAY = 86_400_000
const month = { start: 0, end: 30 * DAY }

describe('the timeline viewport', () => {
  it('zooms about the middle, in whole milliseconds, within the limits', () => {
    const inward = zoomed(month, 1 / ZOOM_STEP)
    expect(inward.end - inward.start).toBe(20 * DAY)
    expect((inward.start + inward.end) / 2).toBe(15 * DAY)
    expect(zoomed(zoomed(month, 1 / ZOOM_STEP), ZOOM_STEP)).toEqual(month)
    const tiny = zoomed({ start: 0, end: 2 * 3_600_000 }, 1 / 4)
    expect(tiny.end - tiny.start).toBe(ZOOM_MIN_MS)
    const huge = zoomed({ start: 0, end: ZOOM_MAX_MS }, ZOOM_STEP)
    expect(huge.end - huge.start).toBe(ZOOM_MAX_MS)
  })

  it('pans by a share of the window and centres on a date keeping the length', () => {
    expect(panned(month, 0.2)).toEqual({ start: 6 * DAY, end: 36 * DAY })
    expect(panned(month, -0.2)).toEqual({ start: -6 * DAY, end: 24 * DAY })
    expect(centredOn(month, 100 * DAY)).toEqual({ start: 85 * DAY, end: 115 * DAY })
  })

  it('says how drawn items cover a view: the window, half a margin, the margins, or not', () => {
    const margin = 30 * DAY * WINDOW_MARGIN_SCREENS
    expect(coverage(month, { start: 1, end: 30 * DAY + 1 })).toBe('asked')
    expect(coverage(month, panned(month, 0.2))).toBe('inner')
    expect(coverage(month, { start: margin * 0.75, end: 30 * DAY + margin * 0.75 })).toBe('margins')
    expect(coverage(month, panned(month, 2))).toBe('none')
    expect(coverage(month, zoomed(month, 1 / ZOOM_STEP))).toBe('none')
  })

  it('fits the extent with room on the right for labels', () => {
    const fit = fitSpan({ start: 10 * DAY, end: 40 * DAY }, 1000)
    expect(fit.start).toBeLessThan(10 * DAY)
    expect(fit.end).toBeGreaterThan(40 * DAY)
    expect(fit.end - 40 * DAY).toBeGreaterThan(10 * DAY - fit.start)
  })
})
