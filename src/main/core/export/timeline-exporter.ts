import type {
  CitationsExportRequest,
  EventsExportRequest,
  EventsExportScope,
} from '../../../shared/exports'
import type { EventDetail, EventQuery, EventSummary } from '../../../shared/store'
import type { LoadedData } from '../event-store/load-data-folder'
import type { NotesOverlay } from '../event-store/store-basics'
import { formatCitations } from './citation-formats'
import { citedItems, type CitedClaim } from './cited-items'
import { buildTimelineExport, selectEvents, type TimelineHeading } from './exchange-document'
import { appCsvRows, eventsCsv } from './events-csv'

/** What an export reads of a store: everything, the events a query matches, one event. */
export interface ExportableStore {
  contents(): LoadedData
  listEvents(query: EventQuery, notes: NotesOverlay): EventSummary[]
  getEvent(id: string): EventDetail
}

/** A file's bytes, ready to be written, and what it holds. */
export interface ExportedFile {
  bytes: Uint8Array
  eventCount: number
  claimCount: number
  /** Citations written (zero for an events export). */
  itemCount: number
}

function encode(text: string): Uint8Array {
  return new TextEncoder().encode(text)
}

/**
 * Builds export files from a store, in the thread the store lives in: a timeline file's store
 * thread, so that building hundreds of thousands of events never stalls the main process, which
 * receives only the finished bytes (transferred, not copied) and writes them.
 */
export class TimelineExporter {
  constructor(private readonly store: ExportableStore) {}

  /** The events, in time order: every one, or those the query shows (the user's notes count). */
  private selection(scope: EventsExportScope, notes: NotesOverlay): string[] {
    const query = scope.kind === 'all' ? {} : scope.query
    return this.store.listEvents(query, notes).map((event) => event.id)
  }

  eventsFile(
    request: EventsExportRequest,
    heading: TimelineHeading,
    notes: NotesOverlay,
  ): ExportedFile {
    const document = buildTimelineExport(
      this.store.contents(),
      heading,
      this.selection(request.scope, notes),
    )
    const claimCount = document.events.reduce((sum, event) => sum + event.claims.length, 0)
    const text =
      request.format === 'json'
        ? `${JSON.stringify(document, null, 2)}\n`
        : eventsCsv(appCsvRows(document))
    return { bytes: encode(text), eventCount: document.events.length, claimCount, itemCount: 0 }
  }

  citationsFile(request: CitationsExportRequest, notes: NotesOverlay): ExportedFile {
    const { scope } = request
    const claims: CitedClaim[] =
      scope.kind === 'event'
        ? claimsOf([this.store.getEvent(scope.eventId)])
        : this.citedClaims(this.selection(scope, notes))
    const items = citedItems(claims)
    const eventCount = new Set(claims.map((c) => c.eventId)).size
    return {
      bytes: encode(formatCitations(items, request.format)),
      eventCount,
      claimCount: claims.length,
      itemCount: items.length,
    }
  }

  private citedClaims(selection: readonly string[]): CitedClaim[] {
    const contents = this.store.contents()
    const sources = new Map(contents.sources.map((source) => [source.id, source]))
    return selectEvents(contents.events, selection).flatMap((event) =>
      event.claims.flatMap((claim): CitedClaim[] => {
        const source = sources.get(claim.sourceId)
        if (!source) return []
        const readIn = claim.readInId === undefined ? undefined : sources.get(claim.readInId)
        return [{ eventId: event.id, eventTitle: event.title, claim: { ...claim, source, readIn } }]
      }),
    )
  }
}

function claimsOf(events: readonly EventDetail[]): CitedClaim[] {
  return events.flatMap((event) =>
    event.claims.map((claim) => ({ eventId: event.id, eventTitle: event.title, claim })),
  )
}
