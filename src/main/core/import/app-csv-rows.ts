import { ACTOR_ROLES, type ActorRole, type Source } from '../../../shared/model'
import { trackOf, type BuildContext, type RowBuilder } from './build-context'
import type {
  ActorRef,
  ClaimSpec,
  EventSpec,
  FieldColumns,
  RowOutcome,
  TrackRef,
} from './event-spec'
import { restoreCsvCell } from '../export/csv-injection'
import { listOf, quoted, RowProblem, type Row } from './row-reader'

const COLUMNS: FieldColumns = {
  id: 'event_id',
  externalId: 'external_id',
  title: 'title',
  start: 'start',
  end: 'end',
  precision: 'precision',
  timeZone: 'time_zone',
  place: 'place',
  'place.country': 'place_country',
  'place.latitude': 'latitude',
  'place.longitude': 'longitude',
  track: 'track',
  status: 'status',
  tags: 'tags',
  actors: 'actors',
  notes: 'summary',
  claims: 'claim_id',
  'claims.id': 'claim_id',
  'claims.claimant': 'claimant',
  'claims.sourceId': 'source_id',
  'claims.reported': 'reported',
  'claims.readOn': 'read_on',
  'claims.text': 'claim_text',
  'claims.isQuote': 'exact_quote',
  'claims.status': 'claim_status',
  'claims.url': 'claim_url',
}

const SOURCE_KINDS: ReadonlyArray<Source['kind']> = ['news-outlet', 'government', 'document']

/** "Steve Witkoff (envoy)" → the name and the role. */
function actorOf(text: string): ActorRef {
  const match = /^(.*\S)\s*\(([^()]+)\)$/.exec(text)
  const role = match?.[2]?.trim().toLowerCase()
  if (!match || !ACTOR_ROLES.includes(role as ActorRole))
    throw new RowProblem(
      'actors',
      `${quoted(text)} is not "Name (role)" with a role of ${ACTOR_ROLES.join(', ')}`,
    )
  return { name: match[1]!, role: role as ActorRole }
}

function booleanOf(text: string, column: string): boolean {
  const key = text.toLowerCase()
  if (['true', 'yes', '1'].includes(key)) return true
  if (['false', 'no', '0', ''].includes(key)) return false
  throw new RowProblem(column, `${quoted(text)} is not true or false`)
}

function claimOf(get: (column: string) => string): ClaimSpec {
  const kind = get('source_kind') || 'news-outlet'
  if (!SOURCE_KINDS.includes(kind as Source['kind']))
    throw new RowProblem('source_kind', `${quoted(kind)} is not one of ${SOURCE_KINDS.join(', ')}`)
  const sourceId = get('source_id')
  const claim: ClaimSpec = {
    claimant: get('claimant'),
    source: {
      ...(sourceId ? { id: sourceId } : {}),
      name: get('source') || sourceId,
      kind: kind as Source['kind'],
    },
    ...(get('reported') ? { reported: get('reported') } : {}),
    ...(get('read_on') ? { readOn: get('read_on') } : {}),
    text: get('claim_text'),
    isQuote: booleanOf(get('exact_quote'), 'exact_quote'),
    status: (get('claim_status') || 'reported') as ClaimSpec['status'],
  }
  const id = get('claim_id')
  if (id) claim.id = id
  const url = get('claim_url')
  if (url) claim.url = url
  return claim
}

function eventOf(context: BuildContext, row: Row, get: (column: string) => string): EventSpec {
  const track: TrackRef =
    context.groupBy === 'track'
      ? { id: get('track'), label: get('track_label') || get('track'), colour: get('track_colour') }
      : trackOf(context, row)
  const spec: EventSpec = {
    title: get('title'),
    start: get('start'),
    precision: get('precision') as EventSpec['precision'],
    track,
    tags: listOf(get('tags')),
    status: get('status') as EventSpec['status'],
    notes: get('summary'),
    actors: listOf(get('actors')).map(actorOf),
    claims: [],
  }
  const optional = { id: 'event_id', externalId: 'external_id', end: 'end', timeZone: 'time_zone' }
  for (const [field, column] of Object.entries(optional)) {
    const value = get(column)
    if (value) (spec as unknown as Record<string, string>)[field] = value
  }
  const place = get('place')
  if (place) {
    const country = get('place_country')
    const latitude = row.number('latitude', -90, 90, 'latitude')
    const longitude = row.number('longitude', -180, 180, 'longitude')
    spec.place = {
      name: place,
      ...(country ? { country } : {}),
      ...(latitude === undefined ? {} : { latitude }),
      ...(longitude === undefined ? {} : { longitude }),
    }
  }
  return spec
}

/**
 * The app's own CSV: one row per claim, the event's columns repeated on each, so the rows of
 * one event (the same `event_id`, one after another) make one event. A row refused refuses
 * its whole event, each of its rows listed. (`read_on` is read by the claims' read-on step.)
 */
export function appCsvRows(context: BuildContext): RowBuilder {
  type Problem = { line: number; column: string; reason: string }
  let group: { id: string; spec: EventSpec; lines: number[]; problem: Problem | null } | null = null
  const close = (): RowOutcome[] => {
    if (!group) return []
    const done = group
    group = null
    if (!done.problem)
      return [
        {
          kind: 'event',
          line: done.lines[0]!,
          spec: done.spec,
          columns: COLUMNS,
          lines: done.lines,
        },
      ]
    const problem = done.problem
    return done.lines.map((line) =>
      line === problem.line
        ? { kind: 'reject' as const, ...problem }
        : {
            kind: 'reject' as const,
            line,
            column: 'event_id',
            reason: `another row of this event (line ${problem.line}) was refused`,
          },
    )
  }
  return {
    take(row, line) {
      // Export events put a quote before a cell a spreadsheet would run: taken off again here.
      const get = (column: string) => restoreCsvCell(row.get(column))
      const id = get('event_id')
      const out = group && (id === '' || id !== group.id) ? close() : []
      try {
        if (!group) group = { id, spec: eventOf(context, row, get), lines: [], problem: null }
        group.lines.push(line)
        if (!group.problem) group.spec.claims.push(claimOf(get))
      } catch (error) {
        if (!(error instanceof RowProblem)) throw error
        group ??= { id, spec: {} as EventSpec, lines: [line], problem: null }
        group.problem ??= { line, column: error.column, reason: error.reason }
      }
      return out
    },
    end: close,
  }
}
