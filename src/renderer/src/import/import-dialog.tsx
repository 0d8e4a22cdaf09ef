import { useCallback, useEffect, useState, type ReactNode } from 'react'
import type { ImportCheck, ImportCounts, ImportPreview } from '../../../shared/import'
import { PRESET_LABELS } from '../../../shared/import-vocabulary'
import { api, unwrap } from '../api-client'
import { ModalDialog } from '../editing/modal-dialog'
import { runAction } from '../failure-reports'
import {
  describeCounts,
  formatFileSize,
  importRequest,
  initialChoices,
  rowsToImport,
  whyNotReady,
  type ImportChoices,
} from './import-flow'
import { ImportMappingFields } from './import-mapping-fields'
import { ImportPreviewTable } from './import-preview-table'
import { ImportProgressBar } from './import-progress-bar'
import { RejectedRows } from './rejected-rows'
import './import-dialog.css'

type Phase =
  | { kind: 'ready' }
  | { kind: 'checking' }
  | { kind: 'checked'; check: ImportCheck }
  | { kind: 'importing'; check: ImportCheck }
  | { kind: 'imported'; counts: ImportCounts }

interface Props {
  preview: ImportPreview
  /** Closes the dialog; `imported` says whether the timeline changed (and must be read again). */
  onClose(imported: boolean): void
}

/**
 * "Import events": the file as read, how to read it, a check that lists every rejected row
 * by its line, then the import of the valid rows in one transaction, with progress and Cancel.
 */
export function ImportDialog({ preview, onClose }: Props) {
  const [choices, setChoices] = useState<ImportChoices>(() => initialChoices(preview))
  const [phase, setPhase] = useState<Phase>({ kind: 'ready' })
  const [error, setError] = useState('')
  const [note, setNote] = useState('')
  const busy = phase.kind === 'checking' || phase.kind === 'importing'
  const notReady = whyNotReady(preview, choices)

  const change = (next: ImportChoices) => {
    setChoices(next)
    setPhase({ kind: 'ready' })
    setError('')
  }
  const check = async () => {
    setError('')
    setPhase({ kind: 'checking' })
    try {
      const answer = await unwrap(api.checkImport(importRequest(preview.importId, choices)))
      setPhase({ kind: 'checked', check: answer })
    } catch (e) {
      setPhase({ kind: 'ready' })
      setError((e as Error).message)
    }
  }
  const run = async (check: ImportCheck) => {
    setError('')
    setPhase({ kind: 'importing', check })
    try {
      const summary = await unwrap(api.runImport(importRequest(preview.importId, choices)))
      if (summary.outcome === 'cancelled') {
        setNote('Import cancelled: the timeline is as it was.')
        setPhase({ kind: 'checked', check })
      } else setPhase({ kind: 'imported', counts: summary.counts })
    } catch (e) {
      setPhase({ kind: 'checked', check })
      setError((e as Error).message)
    }
  }
  const cancel = () => {
    if (!busy) return onClose(false)
    unwrap(api.cancelImport({ importId: preview.importId })).catch((e: Error) =>
      setError(e.message),
    )
  }
  const saveRejected = () => {
    unwrap(api.saveRejectedRows({ importId: preview.importId })).then(
      (saved) => saved && setNote(`Rejected rows saved to ${saved.path}.`),
      (e: Error) => setError(e.message),
    )
  }
  // Escape while working cancels the work, not the dialog.
  const onEscape = busy ? cancel : () => onClose(phase.kind === 'imported')

  const counts = phase.kind === 'ready' || phase.kind === 'checking' ? null : phaseCounts(phase)
  return (
    <ModalDialog label="Import events" className="import-dialog" onCancel={onEscape}>
      <div className="import-body">
        <h2>Import events</h2>
        <p className="import-file">
          <strong>{preview.fileName}</strong> · {formatFileSize(preview.size)} ·{' '}
          {preview.format === 'json'
            ? 'this app’s JSON document'
            : preview.preset
              ? `recognised as: ${PRESET_LABELS[preview.preset]}`
              : 'a CSV with columns of its own'}
          {preview.estimatedRows > 0
            ? ` · about ${preview.estimatedRows.toLocaleString('en-GB')} rows`
            : ''}
        </p>
        <ImportPreviewTable preview={preview} />
        <ImportMappingFields
          preview={preview}
          choices={choices}
          disabled={busy || phase.kind === 'imported'}
          onChange={change}
        />
        {busy ? <ImportProgressBar importId={preview.importId} phase={phase.kind} /> : null}
        {counts ? (
          <section className="import-result" aria-label="Import summary">
            <p role="status">
              {phase.kind === 'imported' ? 'Imported: ' : 'Checked: '}
              {describeCounts(counts, phase.kind === 'imported')}
            </p>
            <RejectedRows counts={counts} onSave={saveRejected} />
          </section>
        ) : null}
        {notReady && phase.kind === 'ready' ? <p className="field-hint">{notReady}</p> : null}
        {note ? <p role="status">{note}</p> : null}
        {error ? (
          <p role="alert" className="field-error">
            {error}
          </p>
        ) : null}
      </div>
      <div className="dialog-footer import-actions">
        {phase.kind === 'imported' ? (
          <button type="button" onClick={() => onClose(true)}>
            Done
          </button>
        ) : (
          <>
            <button type="button" onClick={cancel}>
              Cancel
            </button>
            <button
              type="button"
              disabled={busy || notReady !== null}
              onClick={() => runAction('Checking the rows', check)}
            >
              Check rows
            </button>
            <button
              type="button"
              className="primary"
              disabled={phase.kind !== 'checked' || rowsToImport(phase.check) === 0}
              onClick={() => {
                if (phase.kind === 'checked') runAction('The import', () => run(phase.check))
              }}
            >
              Import valid rows
            </button>
          </>
        )}
      </div>
    </ModalDialog>
  )
}

function phaseCounts(phase: Exclude<Phase, { kind: 'ready' | 'checking' }>): ImportCounts {
  return phase.kind === 'imported' ? phase.counts : phase.check
}

/**
 * "Import events" from the header or the File menu: asks for the file, previews it, and shows
 * the dialog until it closes. After an import, the page loads anew so every panel starts from
 * the timeline as it now is (the new one, when the import made one).
 */
export function useImportDialog(onError: (message: string) => void): {
  request(): void
  dialog: ReactNode
} {
  const [preview, setPreview] = useState<ImportPreview | null>(null)
  const request = useCallback(() => {
    unwrap(api.previewImport()).then(setPreview, (e: Error) => onError(e.message))
  }, [onError])
  useEffect(() => api.onImportEventsRequested(request), [request])
  const dialog = preview ? (
    <ImportDialog
      preview={preview}
      onClose={(imported) => {
        setPreview(null)
        if (imported) window.location.reload()
      }}
    />
  ) : null
  return { request, dialog }
}
