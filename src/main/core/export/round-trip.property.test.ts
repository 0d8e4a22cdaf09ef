// Round trips, over generated timelines: what "Export events" writes, "Import events" reads
// back into a new timeline as the same timeline, so exporting that gives the same file.
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { EventsExportRequest } from '../../../shared/exports'
import type { Link } from '../../../shared/links'
import {
  STATUSES,
  type Actor,
  type Claim,
  type Source,
  type TimelineEvent,
  type TrackDefinition,
} from '../../../shared/model'
import type { LoadedData } from '../event-store/load-data-folder'
import { NO_NOTES } from '../event-store/store-basics'
import { openEditable } from '../test-support/editable-timeline'
import { importFile } from '../test-support/import-fixtures'
import { TimelineRepository } from '../timeline/timeline-repository'
import { TimelineExporter } from './timeline-exporter'

const RUNS = 20
const heading = { title: 'Round trip', description: 'Generated' }

/** Text a spreadsheet or a CSV reader could trip on: formulas, quotes, commas, lines, scripts. */
const awkwardText = fc
  .array(
    fc.constantFrom(
      'Київ',
      'Erdoğan',
      '=SUM(A1)',
      '+1',
      '-2',
      '@here',
      '"quoted"',
      'a, b',
      'line\nbreak',
      "'apostrophe",
      'talks',
    ),
    { minLength: 1, maxLength: 3 },
  )
  .map((words) => words.join(' '))

const day = (offset: number) =>
  new Date(Date.UTC(2025, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10)

const catalogue = fc.record({
  tracks: fc.integer({ min: 1, max: 3 }),
  actors: fc.array(fc.constantFrom<Actor['kind']>('state', 'person', 'organisation'), {
    maxLength: 3,
  }),
  sources: fc.array(
    fc.record({
      kind: fc.constantFrom<Source['kind']>('news-outlet', 'government', 'document'),
      title: fc.option(awkwardText, { nil: undefined }),
      published: fc.option(fc.integer({ min: 0, max: 320 }).map(day), { nil: undefined }),
    }),
    { minLength: 1, maxLength: 3 },
  ),
})

const claimShape = fc.record({
  claimant: awkwardText,
  source: fc.nat(),
  reported: fc.option(fc.integer({ min: 0, max: 300 }), { nil: undefined }),
  text: awkwardText,
  isQuote: fc.boolean(),
  status: fc.constantFrom(...STATUSES),
  url: fc.boolean(),
})

const eventShape = fc.record({
  title: awkwardText,
  start: fc.integer({ min: 0, max: 300 }),
  length: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
  precision: fc.constantFrom('day', 'month', 'approximate' as const),
  timeZone: fc.option(fc.constantFrom('Europe/Kyiv', 'America/New_York'), { nil: undefined }),
  place: fc.option(
    fc.record({
      name: awkwardText,
      country: fc.option(fc.constantFrom('Ukraine', 'Türkiye'), { nil: undefined }),
      at: fc.option(
        fc.tuple(fc.integer({ min: -9000, max: 9000 }), fc.integer({ min: -18000, max: 18000 })),
        { nil: undefined },
      ),
    }),
    { nil: undefined },
  ),
  track: fc.nat(),
  actors: fc.uniqueArray(fc.nat({ max: 2 }), { maxLength: 2 }),
  tags: fc.uniqueArray(fc.constantFrom('summit', 'talks', 'Київ'), { maxLength: 2 }),
  status: fc.constantFrom(...STATUSES),
  notes: awkwardText,
  externalId: fc.boolean(),
  claims: fc.array(claimShape, { minLength: 1, maxLength: 3 }),
})

/** A timeline of a few events, every optional field sometimes there, and one link. */
const timelines = fc
  .tuple(catalogue, fc.array(eventShape, { minLength: 1, maxLength: 5 }), fc.boolean())
  .map(([shape, shapes, linked]): LoadedData => {
    const tracks: TrackDefinition[] = Array.from({ length: shape.tracks }, (_, i) => ({
      id: `track-${i}`,
      label: ['United States', 'Україна', 'Mediators (Qatar, Türkiye)'][i]!,
      colour: ['#2f5d9c', '#b8860b', '#6a4c93'][i]!,
    }))
    const actors: Actor[] = shape.actors.map((kind, i) => ({
      id: `actor-${i}`,
      name: `Actor ${i} Ерdoğan`,
      kind,
    }))
    const sources: Source[] = shape.sources.map((s, i) => ({
      id: `source-${i}`,
      name: `Outlet ${i}`,
      kind: s.kind,
      ...(s.title === undefined ? {} : { title: s.title }),
      ...(s.published === undefined ? {} : { published: s.published }),
    }))
    const events = shapes.map((e, i): TimelineEvent => {
      const claims = e.claims.map((c, j): Claim => ({
        id: `c${j + 1}`,
        claimant: c.claimant,
        sourceId: sources[c.source % sources.length]!.id,
        readOn: '2025-11-21',
        ...(c.reported === undefined ? {} : { reported: day(c.reported) }),
        text: c.text,
        isQuote: c.isQuote,
        status: c.status,
        ...(c.url ? { url: `https://example.org/${i}/${j}` } : {}),
      }))
      const place = e.place && {
        name: e.place.name,
        ...(e.place.country === undefined ? {} : { country: e.place.country }),
        ...(e.place.at === undefined
          ? {}
          : { latitude: e.place.at[0] / 100, longitude: e.place.at[1] / 100 }),
      }
      return {
        id: `event-${i}`,
        title: e.title,
        start: day(e.start),
        ...(e.length === undefined ? {} : { end: day(e.start + e.length) }),
        precision: e.precision,
        ...(e.timeZone === undefined ? {} : { timeZone: e.timeZone }),
        ...(place ? { place } : {}),
        actors: e.actors
          .filter((a) => a < actors.length)
          .map((a) => ({ actorId: actors[a]!.id, role: 'party' as const })),
        track: tracks[e.track % tracks.length]!.id,
        tags: e.tags,
        status: e.status,
        notes: e.notes,
        claims,
        ...(e.externalId ? { externalId: `EXT-${i}` } : {}),
      }
    })
    const links: Link[] =
      linked && events.length > 1
        ? [
            {
              id: 'link-1',
              kind: 'contradicts',
              from: { eventId: events[0]!.id },
              to: { eventId: events[1]!.id },
            },
          ]
        : []
    return { tracks, actors, sources, events, links, problems: [] }
  })

const EMPTY: LoadedData = { tracks: [], actors: [], sources: [], events: [], problems: [] }

function exported(path: string, format: EventsExportRequest['format']): string {
  const timeline = openEditable(path)
  try {
    const request: EventsExportRequest = { format, scope: { kind: 'all' } }
    const file = new TimelineExporter(timeline.store).eventsFile(request, heading, NO_NOTES)
    return new TextDecoder().decode(file.bytes)
  } finally {
    timeline.close()
  }
}

/** Exports a generated timeline, imports the file into a new one, and exports that. */
async function roundTrip(data: LoadedData, format: 'json' | 'csv'): Promise<[string, string]> {
  const dir = await mkdtemp(join(tmpdir(), 'round-trip-'))
  try {
    const original = join(dir, 'original.timeline')
    const copy = join(dir, 'imported.timeline')
    TimelineRepository.create(original, heading, data)
    TimelineRepository.create(copy, heading, EMPTY)
    const first = exported(original, format)
    const file = join(dir, `export.${format}`)
    await writeFile(file, first)
    const mapping = { preset: 'app-csv' as const, columns: {}, groupBy: 'track' }
    const tally = await importFile(copy, file, { mapping })
    expect(tally.rejected).toEqual([])
    return [first, exported(copy, format)]
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

describe('exported, imported into a new timeline, and exported again', () => {
  it('the JSON document is the same document', async () => {
    await fc.assert(
      fc.asyncProperty(timelines, async (data) => {
        const [first, again] = await roundTrip(data, 'json')
        expect(again).toBe(first)
      }),
      { numRuns: RUNS },
    )
  })

  it('the CSV is the same CSV, every field it carries kept', async () => {
    await fc.assert(
      fc.asyncProperty(timelines, async (data) => {
        const [first, again] = await roundTrip(data, 'csv')
        expect(again).toBe(first)
      }),
      { numRuns: RUNS },
    )
  })
})
