import { fixtureTracks } from '../test-support/data-fixtures'
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_GEOMETRY,
  estimateTextWidth,
  layoutFigure,
  type FigureEvent,
} from './figure-layout'

const geometry = { ...DEFAULT_GEOMETRY, width: 680 }

function event(id: string, start: string, overrides: Partial<FigureEvent> = {}): FigureEvent {
  return {
    id,
    title: `Event ${id} with a fairly long title`,
    start,
    precision: 'day',
    track: 'united-states',
    status: 'reported',
    ...overrides,
  }
}

describe('layoutFigure', () => {
  it('puts events that would collide on separate rows, so no two labels overlap', () => {
    const events = Array.from({ length: 12 }, (_, i) =>
      event(`e${i}`, `2025-11-${String(10 + (i % 4)).padStart(2, '0')}`),
    )
    events.push(event('early', '2025-08-01'))
    const [page] = layoutFigure(events, geometry, fixtureTracks)
    const lane = page!.lanes.find((l) => l.track === 'united-states')!
    expect(lane.events).toHaveLength(13)
    const extent = (p: (typeof lane.events)[number]): [number, number] => {
      const w = estimateTextWidth(p.label, geometry.labelFontPx)
      return p.labelSide === 'right' ? [p.x, p.x2 + 8 + w] : [p.x - 8 - w, p.x2]
    }
    for (const a of lane.events) {
      for (const b of lane.events) {
        if (a === b || a.row !== b.row) continue
        const [a0, a1] = extent(a)
        const [b0, b1] = extent(b)
        expect(a1 < b0 || b1 < a0, `${a.event.id} overlaps ${b.event.id}`).toBe(true)
      }
    }
    expect(lane.rows).toBeGreaterThan(1)
  })

  it('keeps a short range on one page and spreads a long one over several', () => {
    expect(
      layoutFigure([event('a', '2025-07-23'), event('b', '2025-11-21')], geometry, fixtureTracks),
    ).toHaveLength(1)
    const long = layoutFigure(
      [event('a', '2020-01-01'), event('b', '2025-12-31')],
      geometry,
      fixtureTracks,
    )
    expect(long.length).toBeGreaterThan(3)
    for (const page of long) {
      const days = (page.endMs - page.startMs) / 86_400_000
      expect((geometry.width - geometry.laneLabelWidth) / days).toBeGreaterThan(1.5)
    }
    expect(long[0]!.lanes[0]!.events.map((p) => p.event.id)).toEqual(['a'])
    expect(long.at(-1)!.lanes[0]!.events.map((p) => p.event.id)).toEqual(['b'])
  })

  it('dates the axis and draws every track as a lane', () => {
    const [page] = layoutFigure(
      [event('a', '2025-07-23'), event('b', '2025-11-21', { track: 'mediators' })],
      geometry,
      fixtureTracks,
    )
    expect(page!.lanes.map((l) => l.track)).toEqual([
      'united-states',
      'russia',
      'ukraine',
      'europe-uk',
      'mediators',
    ])
    expect(page!.ticks.map((t) => t.label)).toEqual([
      'Aug 2025',
      'Sep 2025',
      'Oct 2025',
      'Nov 2025',
    ])
  })

  it('draws an empty selection as no figure at all', () => {
    expect(layoutFigure([], geometry, fixtureTracks)).toEqual([])
  })
})

describe('labels', () => {
  it('never run past either edge of the figure', () => {
    const events = [
      {
        id: 'a',
        title: 'An early event',
        start: '2025-07-01',
        precision: 'day' as const,
        track: 'russia' as const,
        status: 'confirmed' as const,
      },
      {
        id: 'b',
        title: 'A very long title for the very last event that could never fit at the edge',
        start: '2025-11-21',
        precision: 'approximate' as const,
        end: '2025-11-22',
        track: 'russia' as const,
        status: 'reported' as const,
      },
    ]
    const [page] = layoutFigure(events, { ...DEFAULT_GEOMETRY, width: 680 }, fixtureTracks)
    for (const placed of page!.lanes.flatMap((l) => l.events)) {
      const shown =
        placed.event.precision === 'approximate' ? `${placed.label} (approx.)` : placed.label
      expect(
        placed.x2 + 7 + estimateTextWidth(shown, DEFAULT_GEOMETRY.labelFontPx),
      ).toBeLessThanOrEqual(680)
    }
  })
})
