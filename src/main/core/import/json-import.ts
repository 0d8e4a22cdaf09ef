import { readFile } from 'node:fs/promises'
import {
  TimelineExportSchema,
  EXCHANGE_FORMAT,
  type TimelineExport,
} from '../../../shared/exchange-format'
import type { CatalogueValues } from '../timeline/catalogue-writer'
import type { EditTables } from '../timeline/edit-tables'
import { changesSomething, type EntityChange } from '../edits/entity-change'
import { emptyTally, type ImportTally } from './csv-import'
import { ImportCancelled, type ImportProgressCells } from './import-progress'
import type { ImportWriter } from './import-writer'
import { rejection } from './rejected-rows'
import { RowProblem } from './row-reader'

/** The app's document is a few levels deep; this is far beyond any real one. */
export const MAX_JSON_DEPTH = 64
/** JSON is read whole (as one string): a limit well under what a string may hold. */
export const MAX_JSON_BYTES = 256 * 1024 * 1024

/**
 * How deep a JSON text nests, counted without parsing it, so a file nested 100,000 deep is
 * refused with a message instead of overflowing the parser's stack. Stops counting past `max`.
 */
export function nestingDepth(text: string, max: number): number {
  let depth = 0
  let deepest = 0
  let inString = false
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i)
    if (inString) {
      if (c === 92) i += 1
      else if (c === 34) inString = false
    } else if (c === 34) inString = true
    else if (c === 123 || c === 91) {
      depth += 1
      if (depth > deepest && (deepest = depth) > max) return deepest
    } else if (c === 125 || c === 93) depth -= 1
  }
  return deepest
}

/** Reads and checks the app's JSON document; the error says what is wrong and where. */
export function parseTimelineDocument(text: string): TimelineExport {
  const body = text.replace(/^\uFEFF/, '')
  if (nestingDepth(body, MAX_JSON_DEPTH) > MAX_JSON_DEPTH)
    throw new Error(
      `It is nested more than ${MAX_JSON_DEPTH} levels deep, which no timeline document is.`,
    )
  let value: unknown
  try {
    value = JSON.parse(body)
  } catch (error) {
    throw new Error(`It is not valid JSON (${(error as Error).message}).`, { cause: error })
  }
  if (
    typeof value !== 'object' ||
    value === null ||
    (value as { format?: unknown }).format !== EXCHANGE_FORMAT
  )
    throw new Error(
      `It is not a timeline exported by this app: it has no "format": "${EXCHANGE_FORMAT}".`,
    )
  const parsed = TimelineExportSchema.safeParse(value)
  if (!parsed.success) {
    const where = parsed.error.issues
      .slice(0, 3)
      .map((issue) => `${issue.path.join('.') || 'the document'}: ${issue.message}`)
      .join('; ')
    throw new Error(`It is not a timeline document this app can read: ${where}.`)
  }
  return parsed.data
}

type Kind = 'track' | 'actor' | 'source'

/**
 * Imports the app's own JSON document: its tracks, actors and sources by id (added, or updated
 * when they differ), then its events by id (added, updated or unchanged), then its links.
 */
export async function importJson(
  file: { path: string },
  tables: EditTables,
  writer: ImportWriter,
  progress: ImportProgressCells,
): Promise<ImportTally> {
  const doc = parseTimelineDocument(await readFile(file.path, 'utf8'))
  const tally = emptyTally()
  progress.rowsTotal = doc.events.length
  const items: Array<[Kind, CatalogueValues[Kind]]> = [
    ...doc.tracks.map((t, i): [Kind, CatalogueValues[Kind]] => ['track', { ...t, position: i }]),
    ...doc.actors.map((a): [Kind, CatalogueValues[Kind]] => ['actor', a]),
    ...doc.sources.map((s): [Kind, CatalogueValues[Kind]] => ['source', s]),
  ]
  for (const [kind, item] of items) {
    const before = tables.catalogue.read(kind, item.id)
    const after =
      kind === 'track'
        ? {
            ...item,
            position:
              (before as CatalogueValues['track'] | null)?.position ??
              tables.catalogue.nextTrackPosition(),
          }
        : item
    const change = { kind, id: item.id, before, after } as EntityChange
    if (changesSomething(change)) writer.record(change)
    const name = 'label' in item ? item.label : item.name
    writer.catalogue.know(kind, item.id, name, 'colour' in item ? item.colour : undefined)
  }
  for (const [i, event] of doc.events.entries()) {
    if (progress.cancelled) throw new ImportCancelled()
    tally.rows += 1
    try {
      tally[writer.putEvent(event, i + 1, { id: 'id' })] += 1
    } catch (error) {
      if (!(error instanceof RowProblem)) throw error
      tally.rejected.push({
        cells: [],
        rejected: rejection(i + 1, `event ${event.id}, ${error.column}`, error.reason),
      })
    }
    if ((i & 255) === 0) progress.rowsDone = i + 1
    const behind = writer.backlog()
    if (behind) await behind
  }
  for (const link of doc.links) {
    // A link to an event that was refused is left out with it.
    if (!writer.hasEvent(link.from.eventId) || !writer.hasEvent(link.to.eventId)) continue
    const before = tables.links.read(link.id)
    const change: EntityChange = { kind: 'link', id: link.id, before, after: link }
    if (changesSomething(change)) writer.record(change)
  }
  progress.rowsDone = doc.events.length
  return tally
}
