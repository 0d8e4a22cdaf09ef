import type { StoredDocument } from '../../../shared/documents'
import './evidence.css'
import type { EventDetail, ResolvedClaim } from '../../../shared/store'
import { ClaimDocuments } from './claim-documents'
import type { EvidenceCommands } from './evidence-commands'
import { contradictedByText, type Contradiction } from './link-words'

/** What a claim in Sources carries beyond itself: who contradicts it, and its kept documents. */
export function ClaimEvidence({
  event,
  claim,
  index,
  contradictions,
  documents,
  commands,
  onDocumentsChanged,
}: {
  event: EventDetail
  claim: ResolvedClaim
  index: number
  contradictions: readonly Contradiction[]
  documents: readonly StoredDocument[] | null
  commands: EvidenceCommands
  onDocumentsChanged(): Promise<void>
}) {
  return (
    <>
      {contradictions.length > 0 ? (
        <p className="claim-contradicted">
          <span aria-hidden="true">⇄ </span>
          {contradictedByText(contradictions, event.id)}
        </p>
      ) : null}
      {documents ? (
        <ClaimDocuments
          eventId={event.id}
          claim={claim}
          claimLabel={`Claim ${index + 1}`}
          documents={documents}
          commands={commands}
          onChanged={onDocumentsChanged}
        />
      ) : null}
    </>
  )
}
