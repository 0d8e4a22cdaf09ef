import { describe, expect, it } from 'vitest'
import type { LinkPair } from '../../../shared/links'
import { connectorsBetween, type Box } from './link-connectors'

const view: Box = { left: 0, top: 0, right: 800, bottom: 400 }
const boxes = new Map<string, Box>([
  ['a', { left: 100, top: 200, right: 180, bottom: 224 }],
  ['b', { left: 500, top: 100, right: 560, bottom: 124 }],
  ['c', { left: 900, top: 100, right: 960, bottom: 124 }],
  ['d', { left: 300, top: 450, right: 360, bottom: 474 }],
  ['e', { left: 104, top: 320, right: 180, bottom: 344 }],
])
const boxOf = (id: string) => boxes.get(id) ?? null

function pair(
  id: string,
  from: string,
  to: string,
  kind: LinkPair['kind'] = 'responds-to',
): LinkPair {
  return { id, kind, fromEventId: from, toEventId: to }
}

describe('connectors between linked events in view', () => {
  it('draws an arc from one chip’s date to the other’s, above both', () => {
    const [connector, ...rest] = connectorsBetween([pair('l1', 'a', 'b')], boxOf, view)
    expect(rest).toEqual([])
    expect(connector).toMatchObject({ from: 'a', to: 'b', kind: 'responds-to' })
    // From a's date half way down its chip, to b's; bowed 80 px (the most) above b's middle.
    expect(connector!.path).toBe('M104 212 C104 32 504 32 504 112')
  })

  it('bows out to the left between events on about the same date, rows apart', () => {
    const [connector] = connectorsBetween([pair('l1', 'a', 'e')], boxOf, view)
    // 120 px apart in rows: bowed 18 + 120 / 4 = 48 px left of the earlier date.
    expect(connector!.path).toBe('M104 212 C56 212 56 332 108 332')
  })

  it('leaves out a link with an end not drawn, out of view, or within one event', () => {
    const pairs = [
      pair('1', 'a', 'c'),
      pair('2', 'a', 'd'),
      pair('3', 'a', 'gone'),
      pair('4', 'a', 'a'),
    ]
    expect(connectorsBetween(pairs, boxOf, view)).toEqual([])
  })

  it('draws two links between the same events once, as a contradiction if either is one', () => {
    const drawn = connectorsBetween(
      [pair('1', 'a', 'b', 'follows-from'), pair('2', 'b', 'a', 'contradicts')],
      boxOf,
      view,
    )
    expect(drawn.map((c) => [c.from, c.to, c.kind])).toEqual([['a', 'b', 'contradicts']])
  })
})
