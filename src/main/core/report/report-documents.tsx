import type { StoredDocument } from '../../../shared/documents'
import type { EventDetail } from '../../../shared/store'

/**
 * The documents kept for each cited source, by source id: those attached to the source, and
 * those attached to a claim citing it: under the source it was read in (the copy kept is of
 * what was read), else under its own source.
 */
export function documentsBySource(
  events: readonly EventDetail[],
  documentsOf: ReadonlyMap<string, readonly StoredDocument[]>,
): Map<string, StoredDocument[]> {
  const bySource = new Map<string, Map<string, StoredDocument>>()
  const file = (sourceId: string, document: StoredDocument) => {
    const shelf = bySource.get(sourceId) ?? new Map<string, StoredDocument>()
    shelf.set(document.id, document)
    bySource.set(sourceId, shelf)
  }
  for (const event of events) {
    for (const document of documentsOf.get(event.id) ?? []) {
      const target = document.target
      if ('sourceId' in target) {
        file(target.sourceId, document)
        continue
      }
      const claim = event.claims.find((c) => c.id === target.claimId)
      if (target.eventId !== event.id || !claim) continue
      file((claim.readIn ?? claim.source).id, document)
    }
  }
  return new Map([...bySource].map(([id, shelf]) => [id, [...shelf.values()]]))
}

/** A source's kept documents in the source list: each one's name and SHA-256, to check a copy by. */
export function ReportDocuments({ documents }: { documents: readonly StoredDocument[] }) {
  if (documents.length === 0) return null
  return (
    <ul className="documents">
      {documents.map((document) => (
        <li key={document.id}>
          Document: {document.name}
          <span className="sha256">SHA-256 {document.sha256}</span>
        </li>
      ))}
    </ul>
  )
}
