import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadDataFolder } from '../event-store/load-data-folder'
import { FIXTURE_TRACK_IDS as TRACKS } from './data-fixtures'
import { generateStore, writeGeneratedStore } from './generate-store'

describe('the synthetic store generator', () => {
  it('writes a store that loads with no problem, on every track, over several years', async () => {
    const dir = await writeGeneratedStore(await mkdtemp(join(tmpdir(), 'timeline-gen-')), 2000)
    const data = await loadDataFolder(dir)
    expect(data.problems).toEqual([])
    expect(data.events).toHaveLength(2000)
    expect(new Set(data.events.map((e) => e.track))).toEqual(new Set(TRACKS))
    const years = new Set(data.events.map((e) => e.start.slice(0, 4)))
    expect(years.size).toBeGreaterThanOrEqual(5)
    const notesWords = data.events.map((e) => e.notes.split(' ').length)
    expect(Math.min(...notesWords)).toBeGreaterThanOrEqual(40)
  })

  it('is deterministic: the same seed gives the same store, another seed another', () => {
    expect(generateStore(300, 7)).toEqual(generateStore(300, 7))
    expect(generateStore(300, 8).events[0]).not.toEqual(generateStore(300, 7).events[0])
  })
})
