/**
 * The import's presets and fields with their labels: plain constants with no dependencies,
 * so the "Import events" dialog, part of the window from the start, does not load zod with
 * it (the schemas are in import.ts).
 */
/** The layouts recognised by their header, with the exact columns each expects. */
export const IMPORT_PRESETS = ['timelinejs', 'acled', 'preceden', 'app-csv'] as const
export type ImportPreset = (typeof IMPORT_PRESETS)[number]

export const PRESET_LABELS: Record<ImportPreset | 'custom', string> = {
  timelinejs: 'TimelineJS sheet',
  acled: 'ACLED export',
  preceden: 'Preceden export',
  'app-csv': 'This app’s CSV export',
  custom: 'Custom mapping',
}

/**
 * The fields a custom mapping can fill, each from one column. Lists (actors, tags, sources)
 * are split on ";". Only `title` and `start` are required; see the README for the defaults of
 * the others (a missing summary is the title, a missing source the imported file itself).
 */
export const IMPORT_FIELDS = [
  'externalId',
  'title',
  'start',
  'end',
  'precision',
  'summary',
  'place',
  'placeCountry',
  'latitude',
  'longitude',
  'actors',
  'tags',
  'status',
  'source',
  'claimant',
  'claimText',
  'reported',
  'url',
] as const
export type ImportField = (typeof IMPORT_FIELDS)[number]

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  externalId: 'External id',
  title: 'Title',
  start: 'Start',
  end: 'End',
  precision: 'Precision',
  summary: 'Summary',
  place: 'Place',
  placeCountry: 'Country',
  latitude: 'Latitude',
  longitude: 'Longitude',
  actors: 'Actors',
  tags: 'Tags',
  status: 'Status',
  source: 'Source',
  claimant: 'Claimant',
  claimText: 'Claim text',
  reported: 'Reported',
  url: 'URL',
}
