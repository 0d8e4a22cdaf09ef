import { doorAskingWith, doorInThisThread, type Door } from '../event-store/thread-door'
import type { EditTables } from '../timeline/edit-tables'
import { DocumentShelf } from './document-shelf'

export const DOCUMENT_METHODS = ['attach', 'remove', 'list', 'copyOut', 'verify'] as const
export type DocumentMethod = (typeof DOCUMENT_METHODS)[number]

/** A timeline file's documents seen through a promise-based door, like its store. */
export type TimelineDocuments = Door<DocumentShelf, DocumentMethod>

/** The shelf of the timeline file these tables belong to. */
export function shelfOf(tables: EditTables): DocumentShelf {
  return new DocumentShelf({
    table: tables.documents,
    transaction: (work) => tables.transaction(work),
    targetExists: (target) =>
      'sourceId' in target
        ? tables.catalogue.read('source', target.sourceId) !== null
        : (tables.event(target.eventId)?.claims.some((c) => c.id === target.claimId) ?? false),
  })
}

export function documentsAskingWith(
  ask: (method: DocumentMethod) => (...args: unknown[]) => Promise<unknown>,
): TimelineDocuments {
  return doorAskingWith<DocumentShelf, DocumentMethod>(DOCUMENT_METHODS, ask)
}

export function documentsInThisThread(shelf: DocumentShelf): TimelineDocuments {
  return doorInThisThread(shelf, DOCUMENT_METHODS)
}
