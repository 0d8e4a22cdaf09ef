import { useId, useState } from 'react'
import type { StoredDocument } from '../../../shared/documents'
import type { ResolvedClaim } from '../../../shared/store'
import { api, unwrap } from '../api-client'
import { ModalDialog } from '../editing/modal-dialog'
import { runAction } from '../failure-reports'
import { formatTimestamp } from '../format'
import { AttachDocumentDialog } from './attach-document-dialog'
import { formatBytes } from './document-words'
import type { EvidenceCommands } from './evidence-commands'

/** The documents kept with this claim, or with a source it cites. */
export function documentsOfClaim(
  documents: readonly StoredDocument[],
  eventId: string,
  claim: ResolvedClaim,
): StoredDocument[] {
  const sources = new Set([claim.source.id, claim.readIn?.id])
  return documents.filter(({ target }) =>
    'sourceId' in target
      ? sources.has(target.sourceId)
      : target.eventId === eventId && target.claimId === claim.id,
  )
}

function ConfirmRemoveDocument({
  document,
  onRemove,
  onClose,
}: {
  document: StoredDocument
  onRemove(): Promise<void>
  onClose(): void
}) {
  const textId = useId()
  const [state, setState] = useState({ busy: false, error: null as string | null })
  const remove = () => {
    setState({ busy: true, error: null })
    onRemove().catch((e: Error) => setState({ busy: false, error: e.message }))
  }
  return (
    <ModalDialog
      label="Remove document"
      role="alertdialog"
      className="alert-dialog"
      describedBy={textId}
      onCancel={() => {
        if (!state.busy) onClose()
      }}
    >
      <h2>Remove document?</h2>
      <p id={textId}>
        The copy of “{document.name}” kept in this timeline is deleted. Undo does not bring it back:
        attach the file again if you still have it.
      </p>
      {state.error ? (
        <p role="alert" className="error-text">
          The document was not removed: {state.error}
        </p>
      ) : null}
      <div className="button-row">
        <button type="button" className="danger" disabled={state.busy} onClick={remove}>
          {state.busy ? 'Removing…' : 'Remove'}
        </button>
        <button type="button" data-autofocus disabled={state.busy} onClick={onClose}>
          Cancel
        </button>
      </div>
    </ModalDialog>
  )
}

function DocumentEntry({
  document,
  onRemove,
}: {
  document: StoredDocument
  onRemove(document: StoredDocument): void
}) {
  const nameId = useId()
  return (
    <li className="kept-document" aria-labelledby={nameId}>
      <p className="document-name" id={nameId}>
        {document.name}
        {'sourceId' in document.target ? (
          <span className="document-on"> (on the source)</span>
        ) : null}
      </p>
      <p className="document-facts">
        {formatBytes(document.size)} · {document.mediaType} · attached{' '}
        <time dateTime={document.attachedAt}>{formatTimestamp(document.attachedAt)}</time>
      </p>
      <p className="document-hash">
        SHA-256 <code className="sha256">{document.sha256}</code>
      </p>
      <p className="button-row">
        <button
          type="button"
          aria-describedby={nameId}
          onClick={() =>
            runAction('Opening the document', () => unwrap(api.openDocument({ id: document.id })))
          }
        >
          Open document
        </button>
        <button type="button" aria-describedby={nameId} onClick={() => onRemove(document)}>
          Remove document
        </button>
      </p>
    </li>
  )
}

/**
 * A claim's kept documents, each with its name, size, media type, when it was attached and its
 * SHA-256, and "Attach document". The app never shows a document itself: "Open document" hands
 * a copy to the system's viewer.
 */
export function ClaimDocuments({
  eventId,
  claim,
  claimLabel,
  documents,
  commands,
  onChanged,
}: {
  eventId: string
  claim: ResolvedClaim
  claimLabel: string
  documents: readonly StoredDocument[]
  commands: EvidenceCommands
  onChanged(): Promise<void>
}) {
  const [dialog, setDialog] = useState<'attach' | StoredDocument | null>(null)
  const kept = documentsOfClaim(documents, eventId, claim)
  return (
    <div className="claim-documents">
      {kept.length > 0 ? (
        <ul className="kept-documents" aria-label={`Documents of ${claimLabel}`}>
          {kept.map((document) => (
            <DocumentEntry
              key={document.id}
              document={document}
              onRemove={(d) => (commands.editable ? setDialog(d) : commands.offerCopy())}
            />
          ))}
        </ul>
      ) : null}
      <button
        type="button"
        className="link-button"
        onClick={() => (commands.editable ? setDialog('attach') : commands.offerCopy())}
      >
        Attach document
      </button>
      {dialog === 'attach' ? (
        <AttachDocumentDialog
          eventId={eventId}
          claim={claim}
          claimLabel={claimLabel}
          onClose={() => setDialog(null)}
          onAttached={async (document) => {
            await onChanged()
            commands.tell(`Attached “${document.name}”, SHA-256 ${document.sha256}.`)
          }}
        />
      ) : dialog ? (
        <ConfirmRemoveDocument
          document={dialog}
          onClose={() => setDialog(null)}
          onRemove={async () => {
            await unwrap(api.removeDocument({ id: dialog.id }))
            setDialog(null)
            await onChanged()
            commands.tell(`Removed “${dialog.name}” from the timeline.`)
          }}
        />
      ) : null}
    </div>
  )
}
