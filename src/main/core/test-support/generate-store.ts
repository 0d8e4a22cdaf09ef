/**
 * A deterministic synthetic event store for benchmarks: N events on the app's five tracks
 * over several years, each with notes and claims of realistic length, valid against the
 * schema. The same seed always gives the same store.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { LoadedData } from '../event-store/load-data-folder'
import { fixtureTracks } from './data-fixtures'
import {
  DATA_SCHEMA_VERSION,
  STATUSES,
  type Actor,
  type DatePrecision,
  type Source,
  type TimelineEvent,
  type TrackDefinition,
} from '../../../shared/model'

/** The sample's five tracks, or `count` generated ones ("Track 1" …) for larger timelines. */
export function generatedTracks(count = fixtureTracks.length): TrackDefinition[] {
  if (count === fixtureTracks.length) return fixtureTracks
  return Array.from({ length: count }, (_, i) => ({
    id: `track-${i + 1}`,
    label: `Track ${i + 1}`,
    colour: `#${((i * 0x2f1b7d) % 0xffffff).toString(16).padStart(6, '0')}`,
  }))
}

/** mulberry32: a small, fast, well-distributed seeded generator. */
export function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const PLACES = [
  ['Geneva', 'Switzerland', 'Europe/Zurich'],
  ['Istanbul', 'Türkiye', 'Europe/Istanbul'],
  ['Doha', 'Qatar', 'Asia/Qatar'],
  ['Kyiv', 'Ukraine', 'Europe/Kyiv'],
  ['Moscow', 'Russia', 'Europe/Moscow'],
  ['Washington', 'United States', 'America/New_York'],
  ['Brussels', 'Belgium', 'Europe/Brussels'],
  ['London', 'United Kingdom', 'Europe/London'],
  ['Riyadh', 'Saudi Arabia', 'Asia/Riyadh'],
  ['Ankara', 'Türkiye', 'Europe/Istanbul'],
] as const

const SUBJECTS = [
  'prisoner exchange',
  'grain corridor',
  'energy infrastructure',
  'ceasefire lines',
  'security guarantees',
  'sanctions relief',
  'nuclear plant safety',
  'humanitarian access',
  'territorial questions',
  'troop withdrawals',
]
const VERBS = [
  'hold talks on',
  'exchange proposals on',
  'issue statements on',
  'meet envoys about',
  'publish a position on',
  'reject a draft on',
  'host a round on',
]
const WORDS = [
  'delegation',
  'framework',
  'officials',
  'proposal',
  'negotiators',
  'agreement',
  'statement',
  'briefing',
  'draft',
  'partners',
  'guarantees',
  'monitoring',
  'timeline',
  'sources',
  'ministry',
  'envoy',
  'reported',
  'confirmed',
  'disputed',
  'talks',
]

function sentence(rand: () => number, words: number): string {
  const picked = Array.from({ length: words }, () => WORDS[Math.floor(rand() * WORDS.length)]!)
  const text = picked.join(' ')
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`
}

export function generateStore(n: number, seed = 20251121, trackCount?: number): LoadedData {
  const tracks = generatedTracks(trackCount)
  const rand = random(seed)
  const actors: Actor[] = Array.from({ length: 40 }, (_, i) => ({
    id: `actor-${i}`,
    name: `Negotiator ${i}`,
    kind: i < 8 ? 'state' : 'person',
    country: PLACES[i % PLACES.length]![1],
  }))
  const sources: Source[] = Array.from({ length: 12 }, (_, i) => ({
    id: `source-${i}`,
    name: `Outlet ${i}`,
    kind: i < 9 ? 'news-outlet' : 'government',
  }))
  const startMs = Date.UTC(2019, 0, 1)
  const spanDays = 6.5 * 365
  const events: TimelineEvent[] = []
  for (let i = 0; i < n; i += 1) {
    const day = Math.floor(rand() * spanDays)
    const start = new Date(startMs + day * 86_400_000).toISOString().slice(0, 10)
    const kind = rand()
    const precision: DatePrecision = kind < 0.7 ? 'day' : kind < 0.9 ? 'approximate' : 'day'
    const lengthDays =
      precision === 'approximate'
        ? 1 + Math.floor(rand() * 6)
        : kind > 0.9
          ? 1 + Math.floor(rand() * 3)
          : 0
    const end =
      lengthDays > 0
        ? new Date(startMs + (day + lengthDays) * 86_400_000).toISOString().slice(0, 10)
        : undefined
    const place = PLACES[Math.floor(rand() * PLACES.length)]!
    const subject = SUBJECTS[Math.floor(rand() * SUBJECTS.length)]!
    const verb = VERBS[Math.floor(rand() * VERBS.length)]!
    const track = tracks[Math.floor(rand() * tracks.length)]!.id
    const claims = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => ({
      claimant: `an official speaking to Outlet ${Math.floor(rand() * 12)}`,
      sourceId: `source-${Math.floor(rand() * 12)}`,
      reported: start,
      readOn: start,
      text: `${sentence(rand, 14)} ${sentence(rand, 12)}`,
      isQuote: false,
      status: STATUSES[Math.floor(rand() * STATUSES.length)]!,
    }))
    events.push({
      id: `gen-${String(i).padStart(6, '0')}`,
      title: `Delegations ${verb} ${subject} in ${place[0]} (${i})`,
      start,
      ...(end ? { end } : {}),
      precision,
      timeZone: place[2],
      place: { name: place[0], country: place[1] },
      actors: [
        { actorId: `actor-${Math.floor(rand() * 40)}`, role: 'party' },
        { actorId: `actor-${Math.floor(rand() * 40)}`, role: 'envoy' },
      ],
      track,
      tags: [subject.split(' ')[0]!],
      status: STATUSES[Math.floor(rand() * STATUSES.length)]!,
      notes: `${sentence(rand, 22)} ${sentence(rand, 18)} ${sentence(rand, 20)}`,
      claims,
    })
  }
  return { tracks, actors, sources, events, problems: [] }
}

/** Writes a generated store as a data folder the app can open. */
export async function writeGeneratedStore(dir: string, n: number, seed?: number): Promise<string> {
  const store = generateStore(n, seed)
  await mkdir(dir, { recursive: true })
  await writeFile(
    join(dir, 'tracks.json'),
    JSON.stringify({ schemaVersion: DATA_SCHEMA_VERSION, tracks: store.tracks }),
  )
  await writeFile(
    join(dir, 'actors.json'),
    JSON.stringify({ schemaVersion: DATA_SCHEMA_VERSION, actors: store.actors }),
  )
  await writeFile(
    join(dir, 'sources.json'),
    JSON.stringify({ schemaVersion: DATA_SCHEMA_VERSION, sources: store.sources }),
  )
  await writeFile(
    join(dir, 'events.json'),
    JSON.stringify({ schemaVersion: DATA_SCHEMA_VERSION, events: store.events }),
  )
  return dir
}
