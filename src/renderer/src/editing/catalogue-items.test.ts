import { describe, expect, it } from 'vitest'
import { entriesOf, newItem, renamedItem, type Catalogue } from './catalogue-items'

const catalogue: Catalogue = {
  tracks: [
    { id: 'russia', label: 'Russia', colour: '#a33b3b' },
    { id: 'ukraine', label: 'Ukraine', colour: '#c99a1e' },
  ],
  actors: [
    { id: 'witkoff', name: 'Steve Witkoff', kind: 'person', country: 'United States' },
    { id: 'witkoff-2', name: 'Witkoff', kind: 'person' },
  ],
  sources: [],
  usage: { track: { russia: 4 }, actor: { witkoff: 7 }, source: {} },
}

describe('catalogue items', () => {
  it('lists tracks in lane order and the others by name, each with its uses', () => {
    expect(entriesOf('track', catalogue).map((e) => [e.name, e.uses])).toEqual([
      ['Russia', 4],
      ['Ukraine', 0],
    ])
    expect(entriesOf('actor', catalogue).map((e) => [e.name, e.uses])).toEqual([
      ['Steve Witkoff', 7],
      ['Witkoff', 0],
    ])
  })

  it('renames an item and keeps the rest of it', () => {
    expect(renamedItem('actor', catalogue, 'witkoff', { name: ' Steven Witkoff ' })).toEqual({
      item: {
        kind: 'actor',
        actor: { id: 'witkoff', name: 'Steven Witkoff', kind: 'person', country: 'United States' },
      },
      error: null,
    })
    expect(
      renamedItem('track', catalogue, 'ukraine', { name: 'Kyiv', colour: '#112233' }).item,
    ).toEqual({ kind: 'track', track: { id: 'ukraine', label: 'Kyiv', colour: '#112233' } })
  })

  it('refuses an empty or too long name with a message that says so', () => {
    expect(renamedItem('actor', catalogue, 'witkoff', { name: '  ' }).error).toBe(
      'an actor needs a name',
    )
    expect(renamedItem('track', catalogue, 'russia', { name: 'x'.repeat(101) }).error).toMatch(
      /100/,
    )
  })

  it('makes a new item with an id from its name', () => {
    const fields = { colour: '#2f5d9c', actorKind: 'state', sourceKind: 'government' } as const
    expect(newItem('source', { ...fields, name: 'Élysée' }, (n, k) => `${k}-1`).item).toEqual({
      kind: 'source',
      source: { id: 'source-1', name: 'Élysée', kind: 'government' },
    })
    expect(newItem('track', { ...fields, name: 'Gulf' }, () => 'gulf-x').item).toEqual({
      kind: 'track',
      track: { id: 'gulf-x', label: 'Gulf', colour: '#2f5d9c' },
    })
  })
})
