import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { z } from 'zod'
import {
  ActorSchema,
  DATA_SCHEMA_VERSION,
  EventSchema,
  SourceSchema,
  TrackDefinitionSchema,
  type Actor,
  type Source,
  type TimelineEvent,
  type TrackDefinition,
} from '../../../shared/model'
import type { DataProblem } from '../../../shared/store'
import { LinkSchema, type Link } from '../../../shared/links'
import { withClaimIds } from './claim-ids'
import { formatJsonPath } from './json-path'
import { keepLinksBetween } from './keep-links'

export interface LoadedData {
  /** The timeline's lanes, in order. */
  tracks: TrackDefinition[]
  actors: Actor[]
  sources: Source[]
  events: TimelineEvent[]
  /** Links between events and between claims (none when the folder has no links file). */
  links?: Link[]
  problems: DataProblem[]
}

export const DATA_FILES = {
  tracks: 'tracks.json',
  actors: 'actors.json',
  sources: 'sources.json',
  events: 'events.json',
  links: 'links.json',
} as const

/** The files a data folder must have; a links file is optional. */
type DataFiles = Record<Exclude<RecordKind, 'links'>, DataFileText> & { links?: DataFileText }

type RecordKind = keyof typeof DATA_FILES

/**
 * Loads a data folder, keeping every valid record and reporting every invalid one with its
 * file, JSON path and reason. Nothing here throws for bad data: a broken file costs only
 * its own records.
 */
export async function loadDataFolder(dataDir: string): Promise<LoadedData> {
  const [tracks, actors, sources, events, links] = await Promise.all(
    (['tracks', 'actors', 'sources', 'events', 'links'] as const).map((kind) =>
      readDataFile(dataDir, kind),
    ),
  )
  return runInSlices(
    parseDataFileSteps({
      tracks: tracks!,
      actors: actors!,
      sources: sources!,
      events: events!,
      ...('unreadable' in links! && links.unreadable === MISSING ? {} : { links: links! }),
    }),
  )
}

const MISSING = 'the file is missing'

/** A data file's text, or why it could not be read. */
export type DataFileText = { text: string } | { unreadable: string }

async function readDataFile(dataDir: string, kind: RecordKind): Promise<DataFileText> {
  try {
    return { text: await readFile(join(dataDir, DATA_FILES[kind]), 'utf8') }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    return {
      unreadable: code === 'ENOENT' ? MISSING : `the file cannot be read (${code})`,
    }
  }
}

/** Validates the three files' texts: pure, so it can be fuzzed without touching the disk. */
export function parseDataFiles(files: DataFiles): LoadedData {
  return runAtOnce(parseDataFileSteps(files))
}

/** How many records are validated between two yields to the event loop. */
const SLICE = 500

/** Runs a stepwise job to the end in one go. */
export function runAtOnce<T>(steps: Generator<void, T>): T {
  let step = steps.next()
  while (!step.done) step = steps.next()
  return step.value
}

/**
 * Runs a stepwise job, letting the event loop run between slices, so a large store never
 * holds up the main process (and with it the window) for long.
 */
export async function runInSlices<T>(steps: Generator<void, T>): Promise<T> {
  let step = steps.next()
  while (!step.done) {
    await new Promise<void>((resolve) => setImmediate(resolve))
    step = steps.next()
  }
  return step.value
}

function* parseDataFileSteps(files: DataFiles): Generator<void, LoadedData> {
  // Each file collects its own problems, so the list comes out in file order.
  const perFile: DataProblem[][] = [[], [], [], [], []]
  const tracks = yield* parseRecords(files.tracks, 'tracks', TrackDefinitionSchema, perFile[0]!)
  const actors = yield* parseRecords(files.actors, 'actors', ActorSchema, perFile[1]!)
  const sources = yield* parseRecords(files.sources, 'sources', SourceSchema, perFile[2]!)
  const events = yield* parseRecords(files.events, 'events', EventSchema, perFile[3]!)
  const links = files.links
    ? yield* parseRecords(files.links, 'links', LinkSchema, perFile[4]!)
    : []
  const problems = perFile.slice(0, 4).flat()
  const linkedEvents = keepLinkedEvents(events, { tracks, actors, sources }, problems).map(
    withClaimIds,
  )
  const kept = keepLinksBetween(links, linkedEvents, perFile[4]!)
  problems.push(...perFile[4]!)
  return {
    tracks: tracks.map((entry) => entry.record),
    actors: actors.map((entry) => entry.record),
    sources: sources.map((entry) => entry.record),
    events: linkedEvents,
    ...(files.links ? { links: kept } : {}),
    problems,
  }
}

interface Located<T> {
  record: T
  index: number
}

function* parseRecords<T extends { id: string }>(
  source: DataFileText,
  kind: RecordKind,
  schema: z.ZodType<T>,
  problems: DataProblem[],
): Generator<void, Array<Located<T>>> {
  const file = DATA_FILES[kind]
  const report = (path: ReadonlyArray<PropertyKey>, message: string): void => {
    problems.push({ file, path: formatJsonPath(path), message })
  }
  if ('unreadable' in source) {
    report([], source.unreadable)
    return []
  }

  let document: unknown
  try {
    document = JSON.parse(source.text)
  } catch (error) {
    report([], `not valid JSON: ${(error as Error).message}`)
    return []
  }

  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    report([], `expected an object with "schemaVersion" and "${kind}"`)
    return []
  }
  const { schemaVersion, [kind]: records } = document as Record<string, unknown>
  if (schemaVersion !== DATA_SCHEMA_VERSION) {
    report(
      ['schemaVersion'],
      `expected ${DATA_SCHEMA_VERSION}, found ${JSON.stringify(schemaVersion)}`,
    )
    return []
  }
  if (!Array.isArray(records)) {
    report([kind], 'expected a list')
    return []
  }

  const seen = new Set<string>()
  const valid: Array<Located<T>> = []
  for (let index = 0; index < records.length; index += 1) {
    if (index > 0 && index % SLICE === 0) yield
    const parsed = schema.safeParse(records[index])
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        report([kind, index, ...issue.path], `${issue.message}; this record is left out`)
      }
      continue
    }
    if (seen.has(parsed.data.id)) {
      report([kind, index, 'id'], `duplicate id "${parsed.data.id}"; this record is left out`)
      continue
    }
    seen.add(parsed.data.id)
    valid.push({ record: parsed.data, index })
  }
  return valid
}

/** Leaves out events that point at tracks, actors or sources the data does not have. */
function keepLinkedEvents(
  events: Array<Located<TimelineEvent>>,
  known: {
    tracks: Array<Located<TrackDefinition>>
    actors: Array<Located<Actor>>
    sources: Array<Located<Source>>
  },
  problems: DataProblem[],
): TimelineEvent[] {
  const trackIds = new Set(known.tracks.map((entry) => entry.record.id))
  const actorIds = new Set(known.actors.map((entry) => entry.record.id))
  const sourceIds = new Set(known.sources.map((entry) => entry.record.id))
  const file = DATA_FILES.events
  return events
    .filter(({ record, index }) => {
      const missing: DataProblem[] = []
      if (!trackIds.has(record.track)) {
        missing.push({
          file,
          path: formatJsonPath(['events', index, 'track']),
          message: `no track with id "${record.track}"; event "${record.id}" is left out`,
        })
      }
      record.actors.forEach((link, i) => {
        if (!actorIds.has(link.actorId)) {
          missing.push({
            file,
            path: formatJsonPath(['events', index, 'actors', i, 'actorId']),
            message: `no actor with id "${link.actorId}"; event "${record.id}" is left out`,
          })
        }
      })
      record.claims.forEach((claim, i) => {
        for (const key of ['sourceId', 'readInId'] as const) {
          const id = claim[key]
          if (id !== undefined && !sourceIds.has(id)) {
            missing.push({
              file,
              path: formatJsonPath(['events', index, 'claims', i, key]),
              message: `no source with id "${id}"; event "${record.id}" is left out`,
            })
          }
        }
      })
      problems.push(...missing)
      return missing.length === 0
    })
    .map(({ record }) => record)
}
