import type { DatabaseSync } from 'node:sqlite'
import type { TimelineEvent } from '../../../shared/model'
import { beginTransaction, inTransaction } from '../sqlite/sqlite-database'
import { CatalogueWriter } from './catalogue-writer'
import { EditLog } from './edit-log'
import { EventWriter } from './event-writer'
import { DocumentTable } from './document-table'
import { LinkTable } from './link-table'
import type { TimelineQueries } from './timeline-queries'

/** What an edit reads and writes in a timeline file: events, the catalogue and the edit log. */
export class EditTables {
  readonly events: EventWriter
  readonly catalogue: CatalogueWriter
  readonly log: EditLog
  readonly links: LinkTable
  readonly documents: DocumentTable

  constructor(
    private readonly db: DatabaseSync,
    private readonly queries: TimelineQueries,
  ) {
    this.events = new EventWriter(db)
    this.catalogue = new CatalogueWriter(db)
    this.log = new EditLog(db)
    this.links = new LinkTable(db)
    this.documents = new DocumentTable(db)
  }

  event(id: string): TimelineEvent | null {
    return this.queries.event(id)
  }

  hasEvent(id: string): boolean {
    return this.queries.seqOf(id) !== null
  }

  /** The external id's event, if the timeline has one. */
  eventIdOfExternalId(externalId: string): string | null {
    return this.queries.idOfExternalId(externalId)
  }

  /** A transaction held across awaits, for work read from a stream (an import). */
  beginTransaction(write: boolean): { commit(): void; rollback(): void } {
    return beginTransaction(this.db, write ? 'IMMEDIATE' : 'DEFERRED')
  }

  /** Runs `work` as one transaction: all of it reaches the disk, or none. */
  transaction<T>(work: () => T): T {
    return inTransaction(this.db, work)
  }
}
