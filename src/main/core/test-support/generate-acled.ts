/**
 * A seeded, ACLED-shaped CSV for the import benchmark and tests: the export's exact columns,
 * made-up actors, places and sources, dates in both of ACLED's forms (`2023-02-16` and
 * `16 May 2025`), one to three sources per row. The same seed always gives the same file.
 */
import { createWriteStream } from 'node:fs'
import { once } from 'node:events'
import { PRESET_COLUMNS } from '../import/presets'
import { random } from './generate-store'

/** ACLED's own event types and a few of their sub-event types (its public codebook). */
const TYPES: Array<[string, string]> = [
  ['Battles', 'Armed clash'],
  ['Explosions/Remote violence', 'Shelling/artillery/missile attack'],
  ['Explosions/Remote violence', 'Air/drone strike'],
  ['Violence against civilians', 'Attack'],
  ['Protests', 'Peaceful protest'],
  ['Riots', 'Violent demonstration'],
  ['Strategic developments', 'Disrupted weapons use'],
]
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]
const WORDS =
  'on the date reported forces near the village and positions were said to have been struck according to local sources with no further details given'.split(
    ' ',
  )

function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value
}

export function acledCsvRow(i: number, rand: () => number): string[] {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)]!
  const [type, sub] = pick(TYPES)
  const day = new Date(Date.UTC(2022, 1, 24) + Math.floor(rand() * 1300) * 86_400_000)
  const iso = day.toISOString().slice(0, 10)
  const date =
    i % 2 === 0 ? iso : `${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}`
  const sources = Array.from(
    { length: 1 + Math.floor(rand() * 3) },
    () => `Source ${1 + Math.floor(rand() * 300)}`,
  )
  const notes = Array.from({ length: 25 + Math.floor(rand() * 25) }, () => pick(WORDS)).join(' ')
  const values: Record<string, string> = {
    event_id_cnty: `GEN${i + 1}`,
    event_date: date,
    year: String(day.getUTCFullYear()),
    time_precision: String(1 + Math.floor(rand() * rand() * 3)),
    disorder_type: 'Political violence',
    event_type: type,
    sub_event_type: sub,
    actor1: `Actor ${1 + Math.floor(rand() * 500)}`,
    inter1: '1',
    actor2: rand() < 0.6 ? `Actor ${1 + Math.floor(rand() * 500)}` : '',
    inter2: '2',
    interaction: '12',
    iso: '804',
    region: 'Europe',
    country: 'Ukraine',
    admin1: `Region ${1 + Math.floor(rand() * 25)}`,
    location: `Place ${1 + Math.floor(rand() * 3000)}`,
    latitude: (44 + rand() * 8).toFixed(4),
    longitude: (22 + rand() * 18).toFixed(4),
    geo_precision: '1',
    source: sources.join('; '),
    source_scale: 'National',
    notes: `${notes[0]!.toUpperCase()}${notes.slice(1)}.`,
    fatalities: String(Math.floor(rand() * 4)),
    timestamp: String(Math.floor(day.getTime() / 1000) + 86_400 * 7),
  }
  return PRESET_COLUMNS.acled.map((c) => values[c] ?? '')
}

/** Writes `n` rows to `path`, streaming, and resolves once they are on disk. */
export async function writeAcledCsv(path: string, n: number, seed = 20250216): Promise<void> {
  const rand = random(seed)
  const out = createWriteStream(path)
  out.write(`${PRESET_COLUMNS.acled.join(',')}\n`)
  for (let i = 0; i < n; i += 1) {
    if (!out.write(`${acledCsvRow(i, rand).map(cell).join(',')}\n`)) await once(out, 'drain')
  }
  out.end()
  await once(out, 'finish')
}
