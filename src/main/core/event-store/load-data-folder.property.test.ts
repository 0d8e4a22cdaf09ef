// Property tests: whatever the data files hold, the loader never throws, and every problem
// it reports names the file and the field (a JSON path) it is about.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fixtureEvent, validFiles } from '../test-support/data-fixtures'
import { DATA_FILES, parseDataFiles, type DataFileText } from './load-data-folder'

const RUNS = 1000
const valid = validFiles([fixtureEvent(), fixtureEvent({ id: 'second', start: '2025-09-01' })])

type Json = unknown

/** Replaces the value at a random path of a document with another value, or deletes it. */
function mutate(document: Json, path: number[], replacement: Json, remove: boolean): Json {
  if (path.length === 0 || typeof document !== 'object' || document === null) return replacement
  const copy: Record<string, Json> | Json[] = Array.isArray(document)
    ? [...document]
    : { ...(document as Record<string, Json>) }
  const keys = Object.keys(copy)
  if (keys.length === 0) return copy
  const key = keys[path[0]! % keys.length]!
  const child = (copy as Record<string, Json>)[key]
  if (path.length === 1 && remove && !Array.isArray(copy)) delete copy[key]
  else (copy as Record<string, Json>)[key] = mutate(child, path.slice(1), replacement, remove)
  return copy
}

const mutatedDocument = (document: Json) =>
  fc
    .tuple(
      fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
      fc.jsonValue({ maxDepth: 2 }),
      fc.boolean(),
    )
    .map(([path, replacement, remove]) => mutate(document, path, replacement, remove))

const fileText = (document: Json): fc.Arbitrary<DataFileText> =>
  fc.oneof(
    {
      weight: 4,
      arbitrary: mutatedDocument(document).map((d) => ({ text: JSON.stringify(d) ?? 'null' })),
    },
    { weight: 1, arbitrary: fc.jsonValue().map((d) => ({ text: JSON.stringify(d) ?? 'null' })) },
    { weight: 1, arbitrary: fc.string().map((text) => ({ text })) },
    {
      weight: 1,
      arbitrary: fc.nat().map((cut) => ({
        text: JSON.stringify(document).slice(0, cut % JSON.stringify(document).length),
      })),
    },
    { weight: 1, arbitrary: fc.constant({ text: JSON.stringify(document) }) },
  )

function checkProblems(files: Record<'tracks' | 'actors' | 'sources' | 'events', DataFileText>) {
  const loaded = parseDataFiles(files)
  const names: string[] = Object.values(DATA_FILES)
  for (const problem of loaded.problems) {
    expect(names).toContain(problem.file)
    expect(problem.path.length).toBeGreaterThan(0)
    expect(problem.message.length).toBeGreaterThan(0)
    // A record-level problem points into the record: "events[3].claims[0].sourceId".
    if (problem.path !== '(whole file)') {
      expect(problem.path).toMatch(/^(schemaVersion|tracks|actors|sources|events)(\[\d+\])?/)
    }
  }
  // Whatever was kept is valid: each kept event's references resolve.
  const actorIds = new Set(loaded.actors.map((a) => a.id))
  const sourceIds = new Set(loaded.sources.map((s) => s.id))
  const trackIds = new Set(loaded.tracks.map((t) => t.id))
  for (const event of loaded.events) {
    expect(trackIds.has(event.track)).toBe(true)
    for (const link of event.actors) expect(actorIds.has(link.actorId)).toBe(true)
    for (const claim of event.claims) expect(sourceIds.has(claim.sourceId)).toBe(true)
  }
}

describe('the data loader, fuzzed', () => {
  it(`never throws on mutated or random files, and names file and field (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(
        fileText(valid.tracks),
        fileText(valid.actors),
        fileText(valid.sources),
        fileText(valid.events),
        (tracks, actors, sources, events) => checkProblems({ tracks, actors, sources, events }),
      ),
      { numRuns: RUNS },
    )
  })

  it(`reports an invalid event field by its path (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(
        fc.constantFrom(
          'title',
          'start',
          'precision',
          'track',
          'status',
          'notes',
          'claims',
          'tags',
        ),
        fc.jsonValue({ maxDepth: 1 }),
        (key, value) => {
          const event: Record<string, unknown> = { ...fixtureEvent(), [key]: value }
          const loaded = parseDataFiles({
            tracks: { text: JSON.stringify(valid.tracks) },
            actors: { text: JSON.stringify(valid.actors) },
            sources: { text: JSON.stringify(valid.sources) },
            events: { text: JSON.stringify({ schemaVersion: 1, events: [event] }) },
          })
          if (loaded.events.length === 0) {
            expect(loaded.problems.some((p) => p.path.startsWith(`events[0].${key}`))).toBe(true)
          }
        },
      ),
      { numRuns: RUNS },
    )
  })
})
