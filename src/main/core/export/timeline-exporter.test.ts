import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { TimelineExportSchema } from '../../../shared/exchange-format'
import type { CitationsExportRequest, EventsExportRequest } from '../../../shared/exports'
import { EventStore, type NotesOverlay } from '../event-store/event-store'
import { loadDataFolder } from '../event-store/load-data-folder'
import { normalizeText } from '../event-store/normalize-text'
import { NO_NOTES } from '../event-store/store-basics'
import {
  BUNDLED_DATA,
  openEditable,
  sampleTimelineFile,
  type EditableTimeline,
} from '../test-support/editable-timeline'
import type { CslItem } from './cited-items'
import { TimelineExporter } from './timeline-exporter'

const heading = { title: 'Talks', description: '' }
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes)
let memory: EventStore
let file: EditableTimeline

beforeAll(async () => {
  memory = new EventStore('/memory', await loadDataFolder(BUNDLED_DATA))
  file = openEditable(await sampleTimelineFile())
})
afterAll(() => file.close())

/** The user's notes on one event, as the notes repository hands them to the store. */
function notesOn(eventId: string, note: string): NotesOverlay {
  return {
    counts: new Map([[eventId, 1]]),
    text: new Map([[eventId, `\n${normalizeText(note)}`]]),
    version: 1,
  }
}

describe('TimelineExporter', () => {
  it('writes every event as the JSON document, in time order, with its claims counted', () => {
    const request: EventsExportRequest = { format: 'json', scope: { kind: 'all' } }
    const exported = new TimelineExporter(memory).eventsFile(request, heading, NO_NOTES)
    const document = TimelineExportSchema.parse(JSON.parse(text(exported.bytes)))
    expect(document.events.map((e) => e.id)).toEqual(memory.listEvents().map((e) => e.id))
    expect(exported.eventCount).toBe(memory.status().eventCount)
    expect(exported.claimCount).toBe(document.events.flatMap((e) => e.claims).length)
    expect(document.timeline).toEqual(heading)
  })

  it('writes what the filters show, the user’s notes included, and the same from a file', () => {
    const notes = notesOn('alaska-summit', 'Ask about the xylophone')
    const request: EventsExportRequest = {
      format: 'csv',
      scope: { kind: 'filtered', query: { text: 'xylophone' } },
    }
    const fromMemory = new TimelineExporter(memory).eventsFile(request, heading, notes)
    const rows = parse<Record<string, string>>(text(fromMemory.bytes), { bom: true, columns: true })
    expect(new Set(rows.map((r) => r['event_id']))).toEqual(new Set(['alaska-summit']))
    expect(rows.length).toBe(memory.getEvent('alaska-summit').claims.length)
    expect(fromMemory).toMatchObject({ eventCount: 1, claimCount: rows.length })
    const fromFile = new TimelineExporter(file.store).eventsFile(request, heading, notes)
    expect(text(fromFile.bytes)).toBe(text(fromMemory.bytes))
  })

  it('cites the sources of one event, of the filters, or of every event', () => {
    const exporter = new TimelineExporter(memory)
    const cite = (scope: CitationsExportRequest['scope']) => {
      const exported = exporter.citationsFile({ format: 'csl-json', scope }, NO_NOTES)
      return { ...exported, items: JSON.parse(text(exported.bytes)) as CslItem[] }
    }
    const one = cite({ kind: 'event', eventId: 'alaska-summit' })
    const alaska = memory.getEvent('alaska-summit')
    const sources = new Set(alaska.claims.flatMap((c) => [c.sourceId, c.readInId]))
    sources.delete(undefined)
    expect(new Set(one.items.map((i) => i.custom.timelineSourceId))).toEqual(sources)
    expect(one).toMatchObject({ eventCount: 1, claimCount: alaska.claims.length })

    const russia = cite({ kind: 'filtered', query: { tracks: ['russia'] } })
    const russian = memory.listEvents({ tracks: ['russia'] }).map((e) => e.id)
    const citing = new Set(russia.items.flatMap((i) => i.custom.citedBy.map((c) => c.eventId)))
    expect(citing).toEqual(new Set(russian))

    const all = cite({ kind: 'all' })
    expect(all.eventCount).toBe(memory.status().eventCount)
    expect(all.items.length).toBeGreaterThanOrEqual(russia.items.length)
  })

  it('says which event is missing', () => {
    expect(() =>
      new TimelineExporter(memory).citationsFile(
        { format: 'ris', scope: { kind: 'event', eventId: 'no-such-event' } },
        NO_NOTES,
      ),
    ).toThrow('No event with id "no-such-event".')
  })
})
