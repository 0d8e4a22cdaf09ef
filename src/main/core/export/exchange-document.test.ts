import { beforeAll, describe, expect, it } from 'vitest'
import { TimelineExportSchema } from '../../../shared/exchange-format'
import { loadDataFolder, type LoadedData } from '../event-store/load-data-folder'
import { BUNDLED_DATA } from '../test-support/editable-timeline'
import { buildTimelineExport } from './exchange-document'

const heading = { title: 'US–Russia–Ukraine talks, 2025', description: 'The bundled sample.' }
let data: LoadedData

beforeAll(async () => {
  data = await loadDataFolder(BUNDLED_DATA)
})

describe('buildTimelineExport', () => {
  it('holds the whole timeline, and passes the shared schema', () => {
    const document = buildTimelineExport(data, heading, null)
    expect(TimelineExportSchema.parse(document)).toEqual(document)
    expect(document.timeline).toEqual(heading)
    expect(document.tracks).toEqual(data.tracks)
    const sorted = <T extends { id: string }>(list: readonly T[]) =>
      [...list].sort((a, b) => a.id.localeCompare(b.id, 'en'))
    expect(document.actors).toEqual(sorted(data.actors))
    expect(document.sources).toEqual(sorted(data.sources))
    expect(document.events).toEqual(data.events)
    expect(document.links).toEqual(sorted(data.links ?? []))
    // Every claim keeps its id, so links to claims still hold after a re-import.
    expect(document.events.flatMap((e) => e.claims).every((c) => c.id !== undefined)).toBe(true)
  })

  it('for a selection, keeps its order and only what its events use', () => {
    const driscoll = data.events.find((e) => e.id === 'driscoll-kyiv-visit')!
    const alaska = data.events.find((e) => e.id === 'alaska-summit')!
    const document = buildTimelineExport(data, heading, [driscoll.id, 'gone-since', alaska.id])
    expect(TimelineExportSchema.safeParse(document).success).toBe(true)
    expect(document.events.map((e) => e.id)).toEqual([driscoll.id, alaska.id])
    expect(new Set(document.tracks.map((t) => t.id))).toEqual(
      new Set([driscoll.track, alaska.track]),
    )
    const cited = [driscoll, alaska].flatMap((e) =>
      e.claims.flatMap((c) => [c.sourceId, c.readInId].filter((id) => id !== undefined)),
    )
    expect(document.sources.map((s) => s.id).sort()).toEqual([...new Set(cited)].sort())
    const actors = [driscoll, alaska].flatMap((e) => e.actors.map((a) => a.actorId))
    expect(document.actors.map((a) => a.id).sort()).toEqual([...new Set(actors)].sort())
    // Driscoll's visit links its own claims; links to events left out are left out too.
    expect(document.links.length).toBeGreaterThan(0)
    for (const link of document.links) {
      expect([driscoll.id, alaska.id]).toContain(link.from.eventId)
      expect([driscoll.id, alaska.id]).toContain(link.to.eventId)
    }
    expect(data.links!.length).toBeGreaterThan(document.links.length)
  })

  it('an empty selection is an empty but valid document', () => {
    const document = buildTimelineExport(data, heading, [])
    expect(TimelineExportSchema.parse(document)).toMatchObject({
      tracks: [],
      actors: [],
      sources: [],
      events: [],
      links: [],
    })
  })
})
