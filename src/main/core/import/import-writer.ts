import type { z } from 'zod'
import { EventSchema, IdSchema, type TimelineEvent } from '../../../shared/model'
import { slugOf } from '../../../shared/slug'
import { withClaimIds } from '../event-store/claim-ids'
import { changesSomething, type EntityChange } from '../edits/entity-change'
import { linksLostWith } from '../edits/link-edits'
import type { EditTables } from '../timeline/edit-tables'
import type { ImportCatalogue } from './import-catalogue'
import { prepareChange } from './import-changes'
import type { ImportWrites } from './import-writes'
import type { EventSpec, FieldColumns } from './event-spec'
import { quoted, RowProblem } from './row-reader'

export type EventOutcome = 'added' | 'updated' | 'unchanged'

/** The column an issue of the event's schema is about, from the builder's field columns. */
function columnOfIssue(issue: z.core.$ZodIssue, columns: FieldColumns): string {
  const names = issue.path.filter((p): p is string => typeof p === 'string')
  for (let n = names.length; n > 0; n -= 1) {
    const column = columns[names.slice(0, n).join('.')]
    if (column !== undefined) return column
  }
  return names[0] ?? ''
}

/**
 * Puts imported events into a timeline file: each is matched to the event it updates (by the
 * app's own id, else by its external id), checked by the shared schema, and compared, so an
 * event the file leaves as it is stays unchanged. The changes go to `writes`, which writes
 * them in the import's one transaction and logs them as one edit; a check has no `writes`,
 * and counts the same. The file is read as it was before the import (the writing may happen
 * on another connection): the ids this import gives are kept here.
 */
export class ImportWriter {
  /** Ids given in this import, by the line that took them: a second row with one is refused. */
  private readonly taken = new Map<string, number>()
  private readonly externalTaken = new Map<string, number>()
  changed = false

  constructor(
    private readonly tables: EditTables,
    readonly catalogue: ImportCatalogue,
    private readonly writes: ImportWrites | null,
    /** When the import is made: a claim read on no given day was read on its day. */
    private readonly at: string,
  ) {}

  /** Takes one change (in a check, only counts it). */
  record(change: EntityChange): void {
    this.changed = true
    this.writes?.take(prepareChange(change, this.catalogue.sourceNames))
  }

  /** While the writing is behind the reading, a promise to wait on; else null. */
  backlog(): Promise<void> | null {
    return this.writes?.backlog() ?? null
  }

  /** The event an imported one replaces: by id (the app's own formats), else external id. */
  private existing(spec: EventSpec): string | null {
    if (spec.id !== undefined && this.hasEvent(spec.id)) return spec.id
    if (spec.externalId === undefined) return null
    return this.tables.eventIdOfExternalId(spec.externalId)
  }

  private newId(spec: EventSpec): string {
    const free = (id: string) => !this.taken.has(id) && !this.tables.hasEvent(id)
    if (spec.id !== undefined && free(spec.id)) return spec.id
    const base = slugOf(spec.externalId ?? spec.title, 'event')
    if (free(base)) return base
    for (let n = 2; ; n += 1) if (free(`${base}-${n}`)) return `${base}-${n}`
  }

  /** Adds, updates or leaves one event; a refusal names the column and the reason. */
  put(spec: EventSpec, line: number, columns: FieldColumns): EventOutcome {
    if (spec.id !== undefined && !IdSchema.safeParse(spec.id).success)
      throw new RowProblem(
        columns['id'] ?? 'id',
        `${quoted(spec.id)} is not an id (lower-case letters, digits and hyphens)`,
      )
    const target = this.existing(spec)
    const id = target ?? this.newId(spec)
    const refs = this.catalogue.resolve({
      track: spec.track,
      actors: spec.actors,
      sources: spec.claims.map((c) => c.source),
    })
    const seenActors = new Set<string>()
    const candidate = {
      ...spec,
      id,
      track: refs.track,
      actors: spec.actors
        .map((a, i) => ({ actorId: refs.actors[i]!, role: a.role }))
        .filter((a) => !seenActors.has(a.actorId) && seenActors.add(a.actorId)),
      claims: spec.claims.map((claim, i) => {
        const { source, readOn, ...rest } = claim
        return {
          ...rest,
          readOn: readOn ?? this.readOnBefore(target, i) ?? this.at.slice(0, 10),
          sourceId: refs.sources[i] ?? source.name,
        }
      }),
    }
    return this.putEvent(candidate, line, columns, refs.fresh)
  }

  /** So a re-import that gives no read-on day leaves the claims' days as they are. */
  private readOnBefore(target: string | null, claim: number): string | undefined {
    return target === null ? undefined : this.tables.event(target)?.claims[claim]?.readOn
  }

  /** Whether an event is in the timeline or taken by this import. */
  hasEvent(id: string): boolean {
    return this.taken.has(id) || this.tables.hasEvent(id)
  }

  private checkReferences(event: TimelineEvent, fresh: EntityChange[]): void {
    const made = new Set(fresh.map((c) => `${c.kind}:${c.id}`))
    const known = (kind: 'track' | 'actor' | 'source', id: string) =>
      made.has(`${kind}:${id}`) || this.catalogue.has(kind, id)
    const missing = [
      ...(known('track', event.track) ? [] : [`track "${event.track}"`]),
      ...event.actors.filter((a) => !known('actor', a.actorId)).map((a) => `actor "${a.actorId}"`),
      ...event.claims
        .flatMap((c) => [c.sourceId, ...(c.readInId ? [c.readInId] : [])])
        .filter((s) => !known('source', s))
        .map((s) => `source "${s}"`),
    ]
    if (missing.length > 0)
      throw new RowProblem('', `${missing[0]} is neither in the file nor in the timeline`)
  }

  /** Adds, updates or leaves an event whose tracks, actors and sources have their ids. */
  putEvent(
    candidate: unknown,
    line: number,
    columns: FieldColumns,
    fresh: EntityChange[] = [],
  ): EventOutcome {
    const { id } = candidate as { id: string }
    const parsed = EventSchema.safeParse(candidate)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!
      throw new RowProblem(columnOfIssue(issue, columns), issue.message)
    }
    const { externalId } = parsed.data
    const idColumn = columns['id'] ?? columns['externalId'] ?? 'id'
    const firstLine = this.taken.get(id) ?? (externalId && this.externalTaken.get(externalId))
    if (firstLine)
      throw new RowProblem(
        idColumn,
        `${quoted(externalId ?? id)} is also the event of line ${firstLine.toLocaleString('en')}`,
      )
    const holder = externalId === undefined ? null : this.tables.eventIdOfExternalId(externalId)
    if (holder !== null && holder !== id)
      throw new RowProblem(
        columns['externalId'] ?? 'externalId',
        `${quoted(externalId!)} is already the external id of the event "${holder}"`,
      )
    this.checkReferences(parsed.data, fresh)
    this.taken.set(id, line)
    if (externalId !== undefined) this.externalTaken.set(externalId, line)
    const target = this.tables.hasEvent(id) ? id : null
    const after: TimelineEvent = withClaimIds(parsed.data)
    const before = target === null ? null : this.tables.event(target)
    const change: EntityChange = { kind: 'event', id, before, after }
    if (before !== null && !changesSomething(change)) return 'unchanged'
    this.catalogue.adopt(fresh)
    for (const item of fresh) this.record(item)
    if (before !== null) for (const lost of linksLostWith(this.tables, id, after)) this.record(lost)
    this.record(change)
    return before === null ? 'added' : 'updated'
  }
}
