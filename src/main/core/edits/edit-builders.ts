import type { CatalogueItem, RemoveCatalogueItem, SaveEventRequest } from '../../../shared/edits'
import { EventSchema, type TimelineEvent } from '../../../shared/model'
import { slugOf } from '../../../shared/slug'
import type { EditTables } from '../timeline/edit-tables'
import { withClaimIds } from '../event-store/claim-ids'
import type { EntityChange } from './entity-change'
import { linksLostWith } from './link-edits'

/** An edit about to be made: what it is called and what it changes, in order. */
export interface PlannedEdit {
  label: string
  changes: EntityChange[]
}

const KIND_WORDS = { track: 'track', actor: 'actor', source: 'source' } as const

function uniqueEventId(tables: EditTables, title: string): string {
  const base = slugOf(title, 'event')
  if (!tables.hasEvent(base)) return base
  for (let n = 2; ; n += 1) if (!tables.hasEvent(`${base}-${n}`)) return `${base}-${n}`
}

function nameOf(tables: EditTables, kind: 'actor' | 'source', id: string): string {
  return tables.catalogue.read(kind, id)?.name ?? id
}

/** Checks that everything an event points at exists (or is made with it), naming what does not. */
function checkReferences(tables: EditTables, event: TimelineEvent, request: SaveEventRequest) {
  const newActors = new Set(request.newActors.map((a) => a.id))
  const newSources = new Set(request.newSources.map((s) => s.id))
  if (!tables.catalogue.read('track', event.track))
    throw new Error(`Track "${event.track}" does not exist in this timeline.`)
  event.actors.forEach(({ actorId }, i) => {
    if (!newActors.has(actorId) && !tables.catalogue.read('actor', actorId))
      throw new Error(`Actor ${i + 1}: "${actorId}" does not exist in this timeline.`)
  })
  event.claims.forEach((claim, i) => {
    for (const id of [claim.sourceId, claim.readInId]) {
      if (id !== undefined && !newSources.has(id) && !tables.catalogue.read('source', id))
        throw new Error(`Claim ${i + 1}: source "${id}" does not exist in this timeline.`)
    }
  })
  for (const [kind, items] of [
    ['actor', request.newActors],
    ['source', request.newSources],
  ] as const) {
    for (const item of items) {
      if (tables.catalogue.read(kind, item.id))
        throw new Error(`A new ${kind} cannot take the id "${item.id}": it is already used.`)
    }
  }
}

/**
 * What the Event dialog does not show, kept through its edit: the event's external id, and its
 * place's coordinates while the place keeps its name (a renamed place may be elsewhere).
 */
function keepImportedFields(before: TimelineEvent | null, after: TimelineEvent): TimelineEvent {
  if (!before) return after
  const kept = { ...after }
  if (kept.externalId === undefined && before.externalId !== undefined)
    kept.externalId = before.externalId
  const [was, now] = [before.place, after.place]
  if (was && now && was.name === now.name && now.latitude === undefined) {
    kept.place = {
      ...now,
      ...(was.latitude === undefined ? {} : { latitude: was.latitude }),
      ...(was.longitude === undefined ? {} : { longitude: was.longitude }),
    }
  }
  return kept
}

/** Adds an event, or replaces one, with the sources and actors made for it in the dialog. */
export function planSaveEvent(tables: EditTables, request: SaveEventRequest): PlannedEdit {
  const before = request.id === undefined ? null : tables.event(request.id)
  if (request.id !== undefined && before === null)
    throw new Error(`No event with id "${request.id}": it may have been deleted.`)
  const id = request.id ?? uniqueEventId(tables, request.event.title)
  const after = keepImportedFields(
    before,
    withClaimIds(EventSchema.parse({ id, ...request.event })),
  )
  checkReferences(tables, after, request)
  return {
    label: `${before ? 'Edit' : 'Add'} event “${after.title}”`,
    changes: [
      ...request.newSources.map((s): EntityChange => ({
        kind: 'source',
        id: s.id,
        before: null,
        after: s,
      })),
      ...request.newActors.map((a): EntityChange => ({
        kind: 'actor',
        id: a.id,
        before: null,
        after: a,
      })),
      ...(before ? linksLostWith(tables, id, after) : []),
      { kind: 'event', id, before, after },
    ],
  }
}

export function planDeleteEvent(tables: EditTables, id: string): PlannedEdit {
  const before = tables.event(id)
  if (!before) throw new Error(`No event with id "${id}": it may have been deleted already.`)
  return {
    label: `Delete event “${before.title}”`,
    changes: [...linksLostWith(tables, id, null), { kind: 'event', id, before, after: null }],
  }
}

export function planSaveCatalogueItem(tables: EditTables, item: CatalogueItem): PlannedEdit {
  if (item.kind === 'track') {
    const before = tables.catalogue.read('track', item.track.id)
    const after = {
      ...item.track,
      position: before?.position ?? tables.catalogue.nextTrackPosition(),
    }
    const label = !before
      ? `Add track “${after.label}”`
      : before.label !== after.label
        ? `Rename track “${before.label}” to “${after.label}”`
        : `Change track “${after.label}”`
    return { label, changes: [{ kind: 'track', id: after.id, before, after }] }
  }
  const after = item.kind === 'actor' ? item.actor : item.source
  const before = tables.catalogue.read(item.kind, after.id)
  const label = !before
    ? `Add ${item.kind} “${after.name}”`
    : before.name !== after.name
      ? `Rename ${item.kind} “${before.name}” to “${after.name}”`
      : `Change ${item.kind} “${after.name}”`
  return {
    label,
    changes: [{ kind: item.kind, id: after.id, before, after } as EntityChange],
  }
}

/** An event with one track, actor or source replaced by another. */
function reassigned(
  event: TimelineEvent,
  kind: RemoveCatalogueItem['kind'],
  from: string,
  to: string,
) {
  if (kind === 'track') return { ...event, track: to }
  if (kind === 'source') {
    return {
      ...event,
      claims: event.claims.map((c) => ({
        ...c,
        sourceId: c.sourceId === from ? to : c.sourceId,
        ...(c.readInId === undefined ? {} : { readInId: c.readInId === from ? to : c.readInId }),
      })),
    }
  }
  // An event that already has the other actor keeps it once, with the role it had.
  const seen = new Set<string>()
  const actors = event.actors
    .map((a) => (a.actorId === from ? { ...a, actorId: to } : a))
    .filter((a) => !seen.has(a.actorId) && seen.add(a.actorId))
  return { ...event, actors }
}

function displayName(tables: EditTables, kind: RemoveCatalogueItem['kind'], id: string): string {
  return kind === 'track'
    ? (tables.catalogue.read('track', id)?.label ?? id)
    : nameOf(tables, kind, id)
}

/** Deletes an unused item, or merges it into another by reassigning every event that uses it. */
export function planRemoveCatalogueItem(
  tables: EditTables,
  { kind, id, reassignTo }: RemoveCatalogueItem,
): PlannedEdit {
  const before = tables.catalogue.read(kind, id)
  if (!before) throw new Error(`No ${KIND_WORDS[kind]} with id "${id}".`)
  const name = displayName(tables, kind, id)
  const users = tables.catalogue.eventsUsing(kind, id)
  if (reassignTo === undefined) {
    if (users.length > 0) {
      const events = users.length === 1 ? '1 event' : `${users.length} events`
      throw new Error(
        `The ${kind} “${name}” is used by ${events}: reassign them to another ${kind} first.`,
      )
    }
    return {
      label: `Delete ${kind} “${name}”`,
      changes: [{ kind, id, before, after: null } as EntityChange],
    }
  }
  if (!tables.catalogue.read(kind, reassignTo))
    throw new Error(`No ${kind} with id "${reassignTo}" to reassign the events to.`)
  const eventChanges = users.map((eventId): EntityChange => {
    const event = tables.event(eventId)!
    return {
      kind: 'event',
      id: eventId,
      before: event,
      after: reassigned(event, kind, id, reassignTo),
    }
  })
  return {
    label: `Merge ${kind} “${name}” into “${displayName(tables, kind, reassignTo)}”`,
    changes: [...eventChanges, { kind, id, before, after: null } as EntityChange],
  }
}
