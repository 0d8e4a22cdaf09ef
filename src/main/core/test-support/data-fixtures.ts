import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Actor, Source, TimelineEvent, TrackDefinition } from '../../../shared/model'

/** The five tracks of the bundled sample, as `data/tracks.json` has them. */
export const fixtureTracks: TrackDefinition[] = [
  { id: 'united-states', label: 'United States', colour: '#2f5d9c' },
  { id: 'russia', label: 'Russia', colour: '#a33b3b' },
  { id: 'ukraine', label: 'Ukraine', colour: '#c99a1e' },
  { id: 'europe-uk', label: 'Europe and UK', colour: '#3f7f5f' },
  { id: 'mediators', label: 'Mediators (Qatar, Türkiye)', colour: '#7a5a99' },
]
export const FIXTURE_TRACK_IDS = fixtureTracks.map((t) => t.id)

export const fixtureActors: Actor[] = [
  { id: 'trump', name: 'Donald Trump', kind: 'person', country: 'United States' },
  { id: 'putin', name: 'Vladimir Putin', kind: 'person', country: 'Russia' },
]

export const fixtureSources: Source[] = [
  { id: 'nbc-news', name: 'NBC News', kind: 'news-outlet' },
  {
    id: 'report',
    name: 'News report of 21 November 2025',
    kind: 'document',
    published: '2025-11-21',
  },
]

export function fixtureEvent(overrides: Partial<TimelineEvent> = {}): TimelineEvent {
  return {
    id: 'alaska-summit',
    title: 'Trump and Putin hold a summit in Alaska',
    start: '2025-08-15',
    precision: 'day',
    timeZone: 'America/Anchorage',
    place: { name: 'Anchorage', country: 'United States' },
    actors: [
      { actorId: 'trump', role: 'party' },
      { actorId: 'putin', role: 'party' },
    ],
    track: 'united-states',
    tags: ['summit'],
    status: 'confirmed',
    notes: 'The two presidents met in Alaska. Peskov later said nothing had changed since.',
    claims: [
      {
        claimant: 'Kremlin spokesman Dmitry Peskov',
        sourceId: 'nbc-news',
        readInId: 'report',
        reported: '2025-11-21',
        readOn: '2025-11-21',
        text: 'The situation has not changed since Trump and Putin met in Alaska in August.',
        isQuote: false,
        status: 'reported',
      },
    ],
    ...overrides,
  }
}

export interface FixtureFiles {
  tracks?: unknown
  actors?: unknown
  sources?: unknown
  events?: unknown
}

/** Writes a data folder; pass a string to write that text verbatim, or undefined to omit. */
export async function writeDataFolder(files: FixtureFiles): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'timeline-data-'))
  const entries: Array<[string, unknown]> = [
    ['tracks.json', files.tracks],
    ['actors.json', files.actors],
    ['sources.json', files.sources],
    ['events.json', files.events],
  ]
  for (const [name, content] of entries) {
    if (content === undefined) continue
    await writeFile(
      join(dir, name),
      typeof content === 'string' ? content : JSON.stringify(content, null, 2),
    )
  }
  return dir
}

export function validFiles(events: unknown[] = [fixtureEvent()]): Required<FixtureFiles> {
  return {
    tracks: { schemaVersion: 1, tracks: fixtureTracks },
    actors: { schemaVersion: 1, actors: fixtureActors },
    sources: { schemaVersion: 1, sources: fixtureSources },
    events: { schemaVersion: 1, events },
  }
}
