import { randomUUID } from 'node:crypto'
import {
  LINK_LABELS,
  LinkSchema,
  type Link,
  type LinkDraft,
  type LinkEnd,
} from '../../../shared/links'
import type { TimelineEvent } from '../../../shared/model'
import type { EditTables } from '../timeline/edit-tables'
import type { PlannedEdit } from './edit-builders'
import type { EntityChange } from './entity-change'

/** Kinds that read the same both ways: a second link the other way round is a duplicate. */
const SYMMETRIC = new Set<Link['kind']>(['contradicts', 'same-as', 'corroborates'])

function sameEnd(a: LinkEnd, b: LinkEnd): boolean {
  return a.eventId === b.eventId && a.claimId === b.claimId
}

function titleOf(tables: EditTables, eventId: string): string {
  return tables.event(eventId)?.title ?? eventId
}

/** "“Peskov: no meeting” contradicts “Delegation could go to Moscow”". */
export function describeLink(tables: EditTables, link: Link): string {
  return `“${titleOf(tables, link.from.eventId)}” ${LINK_LABELS[link.kind].outgoing} “${titleOf(tables, link.to.eventId)}”`
}

/** Links a new pair of events or claims; both must exist, and the link must be new. */
export function planSaveLink(tables: EditTables, draft: LinkDraft): PlannedEdit {
  const link = LinkSchema.parse({ id: randomUUID(), ...draft })
  for (const side of ['from', 'to'] as const) {
    const end = link[side]
    const event = tables.event(end.eventId)
    if (!event) throw new Error(`No event with id "${end.eventId}" to link.`)
    if (end.claimId !== undefined && !event.claims.some((c) => c.id === end.claimId))
      throw new Error(`“${event.title}” has no claim "${end.claimId}" to link.`)
  }
  const duplicate = tables.links
    .of(link.from.eventId)
    .some(
      (other) =>
        other.kind === link.kind &&
        ((sameEnd(other.from, link.from) && sameEnd(other.to, link.to)) ||
          (SYMMETRIC.has(link.kind) &&
            sameEnd(other.from, link.to) &&
            sameEnd(other.to, link.from))),
    )
  if (duplicate) throw new Error(`These are already linked: ${describeLink(tables, link)}.`)
  return {
    label: `Link ${describeLink(tables, link)}`,
    changes: [{ kind: 'link', id: link.id, before: null, after: link }],
  }
}

export function planDeleteLink(tables: EditTables, id: string): PlannedEdit {
  const link = tables.links.read(id)
  if (!link) throw new Error(`No link with id "${id}": it may have been removed already.`)
  return {
    label: `Remove link ${describeLink(tables, link)}`,
    changes: [{ kind: 'link', id, before: link, after: null }],
  }
}

/**
 * The links an event's change takes with it: all of them when it is deleted, those to a claim
 * it no longer has when it is edited. They go in the same edit, so undo brings them back.
 */
export function linksLostWith(
  tables: EditTables,
  eventId: string,
  after: TimelineEvent | null,
): EntityChange[] {
  const claims = new Set(after?.claims.map((c) => c.id))
  return tables.links
    .of(eventId)
    .filter((link) =>
      [link.from, link.to].some(
        (end) =>
          end.eventId === eventId &&
          (after === null || (end.claimId !== undefined && !claims.has(end.claimId))),
      ),
    )
    .map((link): EntityChange => ({ kind: 'link', id: link.id, before: link, after: null }))
}
