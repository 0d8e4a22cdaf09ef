import { useId, useState } from 'react'
import type { DocumentTarget, StoredDocument } from '../../../shared/documents'
import type { ResolvedClaim } from '../../../shared/store'
import { api, unwrap } from '../api-client'
import { ModalDialog } from '../editing/modal-dialog'
import { runAction } from '../failure-reports'

interface Choice {
  key: string
  label: string
  target: DocumentTarget
}

/** Where a document can be kept: with the claim, with its source, or with the source it was read in. */
function choicesFor(eventId: string, claim: ResolvedClaim, claimLabel: string): Choice[] {
  const choices: Choice[] = []
  if (claim.id)
    choices.push({
      key: 'claim',
      label: `${claimLabel} only (${claim.claimant})`,
      target: { eventId, claimId: claim.id },
    })
  for (const source of [claim.readIn, claim.source]) {
    if (!source || choices.some((c) => c.key === source.id)) continue
    choices.push({
      key: source.id,
      label: `The source “${source.name}”, for every claim citing it`,
      target: { sourceId: source.id },
    })
  }
  return choices
}

/**
 * "Attach document": where to keep it (this claim, or a source it cites), then the system's
 * file dialog. The main process reads and hashes the file; a refusal (too large, an unknown
 * kind, an empty file) is shown here and the dialog stays.
 */
export function AttachDocumentDialog({
  eventId,
  claim,
  claimLabel,
  onAttached,
  onClose,
}: {
  eventId: string
  claim: ResolvedClaim
  claimLabel: string
  onAttached(document: StoredDocument): Promise<void>
  onClose(): void
}) {
  const choices = choicesFor(eventId, claim, claimLabel)
  const [chosen, setChosen] = useState(choices[0]?.key ?? '')
  const [state, setState] = useState<{ busy: boolean; error: string | null }>({
    busy: false,
    error: null,
  })
  const textId = useId()
  const attach = async () => {
    const choice = choices.find((c) => c.key === chosen)
    if (!choice) return
    setState({ busy: true, error: null })
    try {
      const document = await unwrap(api.attachDocument({ target: choice.target }))
      if (document) await onAttached(document)
      onClose()
    } catch (e) {
      setState({ busy: false, error: (e as Error).message })
    }
  }
  return (
    <ModalDialog
      label="Attach document"
      className="alert-dialog attach-dialog"
      describedBy={textId}
      onCancel={() => {
        if (!state.busy) onClose()
      }}
    >
      <h2>Attach document</h2>
      <p id={textId}>
        A copy of the file is kept inside the timeline with its SHA-256: a PDF, HTML or MHTML page,
        an image or plain text, up to 200 MB.
      </p>
      <fieldset className="attach-targets" disabled={state.busy}>
        <legend>Keep it with</legend>
        {choices.map((choice) => (
          <label key={choice.key}>
            <input
              type="radio"
              name="attach-target"
              checked={chosen === choice.key}
              onChange={() => setChosen(choice.key)}
            />
            {choice.label}
          </label>
        ))}
      </fieldset>
      {state.error ? (
        <p role="alert" className="error-text">
          The document was not attached: {state.error}
        </p>
      ) : null}
      <div className="button-row">
        <button
          type="button"
          className="primary"
          data-autofocus
          disabled={state.busy || chosen === ''}
          onClick={() => runAction('Attaching the document', attach)}
        >
          {state.busy ? 'Attaching…' : 'Choose file…'}
        </button>
        <button type="button" disabled={state.busy} onClick={onClose}>
          Cancel
        </button>
      </div>
    </ModalDialog>
  )
}
