import { APP_CSV_COLUMNS } from '../../../shared/exchange-format'
import {
  IMPORT_FIELDS,
  IMPORT_PRESETS,
  type ImportField,
  type ImportMapping,
  type ImportPreset,
} from '../../../shared/import'

/** Each preset's columns, exactly as the tool that writes them names them. */
export const PRESET_COLUMNS: Record<ImportPreset, readonly string[]> = {
  timelinejs: [
    'Year',
    'Month',
    'Day',
    'Time',
    'End Year',
    'End Month',
    'End Day',
    'End Time',
    'Display Date',
    'Headline',
    'Text',
    'Media',
    'Media Credit',
    'Media Caption',
    'Media Thumbnail',
    'Type',
    'Group',
    'Background',
  ],
  acled: [
    'event_id_cnty',
    'event_date',
    'year',
    'time_precision',
    'disorder_type',
    'event_type',
    'sub_event_type',
    'actor1',
    'assoc_actor_1',
    'inter1',
    'actor2',
    'assoc_actor_2',
    'inter2',
    'interaction',
    'civilian_targeting',
    'iso',
    'region',
    'country',
    'admin1',
    'admin2',
    'admin3',
    'location',
    'latitude',
    'longitude',
    'geo_precision',
    'source',
    'source_scale',
    'notes',
    'fatalities',
    'tags',
    'timestamp',
  ],
  preceden: [
    'Layer Name',
    'ID',
    'Name',
    'Notes',
    'Start',
    'Start approximate',
    'End',
    'End approximate',
    'Milestone',
    'Symbol',
    'Color',
  ],
  'app-csv': APP_CSV_COLUMNS,
}

/** The column each preset makes the track ("Group by") unless the user picks another. */
const PRESET_GROUP_BY: Record<ImportPreset, string> = {
  timelinejs: 'Group',
  // A handful of lanes (battles, protests, explosions…); actor1 or admin1 make hundreds.
  acled: 'event_type',
  preceden: 'Layer Name',
  'app-csv': 'track',
}

const key = (column: string) => column.trim().toLowerCase()

/**
 * The preset whose columns the header has, every one (in any order, with any columns more);
 * the app's own CSV first, as the most particular.
 */
export function detectPreset(header: readonly string[]): ImportPreset | null {
  const names = new Set(header.map(key))
  const order: ImportPreset[] = ['app-csv', 'acled', 'timelinejs', 'preceden']
  return order.find((preset) => PRESET_COLUMNS[preset].every((c) => names.has(key(c)))) ?? null
}

/** The header's own spelling of a column, found whatever its case. */
export function columnIn(header: readonly string[], column: string): string | null {
  return header.find((c) => key(c) === key(column)) ?? null
}

export function presetMapping(preset: ImportPreset, header: readonly string[]): ImportMapping {
  return { preset, columns: {}, groupBy: columnIn(header, PRESET_GROUP_BY[preset]) }
}

/** Header names that say which field a column fills, loosest last. */
const SYNONYMS: Record<ImportField, string[]> = {
  externalId: ['externalid', 'eventidcnty', 'eventid', 'id', 'uid', 'key', 'ref'],
  title: ['title', 'headline', 'name', 'eventname', 'event', 'subject'],
  start: ['start', 'startdate', 'date', 'eventdate', 'begin', 'from', 'when'],
  end: ['end', 'enddate', 'until', 'to', 'finish'],
  precision: ['precision', 'dateprecision'],
  summary: ['summary', 'notes', 'description', 'text', 'details', 'body'],
  place: ['place', 'location', 'city', 'venue'],
  placeCountry: ['country', 'placecountry'],
  latitude: ['latitude', 'lat'],
  longitude: ['longitude', 'lon', 'lng', 'long'],
  actors: ['actors', 'actor', 'participants', 'people'],
  tags: ['tags', 'tag', 'keywords', 'labels'],
  status: ['status'],
  source: ['source', 'sources', 'outlet', 'publication'],
  claimant: ['claimant', 'speaker', 'saidby'],
  claimText: ['claimtext', 'claim', 'quote'],
  reported: ['reported', 'reportdate', 'published', 'publishedon'],
  url: ['url', 'link', 'sourceurl', 'href'],
}
const GROUP_BY = ['track', 'group', 'category', 'layer', 'layername', 'lane', 'type']

const loose = (column: string) => column.toLowerCase().replace(/[^a-z0-9]/g, '')

/** A custom mapping guessed from the header's names; each column fills one field at most. */
export function guessMapping(header: readonly string[]): ImportMapping {
  const used = new Set<string>()
  const find = (names: readonly string[]) => {
    for (const name of names) {
      const column = header.find((c) => !used.has(c) && loose(c) === name)
      if (column !== undefined) {
        used.add(column)
        return column
      }
    }
    return undefined
  }
  const columns: ImportMapping['columns'] = {}
  for (const field of IMPORT_FIELDS) {
    const column = find(SYNONYMS[field])
    if (column !== undefined) columns[field] = column
  }
  return { preset: 'custom', columns, groupBy: find(GROUP_BY) ?? null }
}

export function isPreset(value: string): value is ImportPreset {
  return (IMPORT_PRESETS as readonly string[]).includes(value)
}
