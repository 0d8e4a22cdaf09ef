import { useState } from 'react'
import type { PdfExportRequest } from '../../../shared/pdf-export'
import type { EventQuery } from '../../../shared/store'
import { api, unwrap } from '../api-client'
import { ModalDialog } from '../editing/modal-dialog'
import { runAction } from '../failure-reports'
import { ExportFooter, type ExportPhase } from './export-footer'

interface Props {
  open: boolean
  query: EventQuery
  range: { start: Date; end: Date } | null
  onClose(): void
  /** Reports how the export ended, for the app's status line. */
  onDone(message: string): void
}

const defaultPageSize = /-(US|CA|MX|PH)$/.test(navigator.language) ? 'Letter' : 'A4'

/**
 * The "Export PDF" dialog: scope, what to include, paper; then a save dialog and a report. It
 * stays mounted while closed, so it opens again with the choices made last time.
 */
export function ExportPdfDialog({ open, query, range, onClose, onDone }: Props) {
  const [scope, setScope] = useState<'view' | 'all'>('view')
  const [includeNotes, setIncludeNotes] = useState(true)
  const [includeSources, setIncludeSources] = useState(true)
  const [pageSize, setPageSize] = useState<'A4' | 'Letter'>(defaultPageSize)
  const [landscape, setLandscape] = useState(false)
  const [phase, setPhase] = useState<ExportPhase>({ kind: 'idle' })

  const run = async () => {
    setPhase({ kind: 'exporting' })
    const request: PdfExportRequest = {
      scope,
      query,
      range: range ? { start: range.start.toISOString(), end: range.end.toISOString() } : null,
      includeNotes,
      includeSources,
      pageSize,
      landscape,
      locale: navigator.language,
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    }
    try {
      const result = await unwrap(api.exportPdf(request))
      setPhase({ kind: 'idle' })
      if (result) {
        onDone(`Saved ${result.path} (${result.eventCount} events).`)
        onClose()
      }
    } catch (error) {
      setPhase({ kind: 'failed', message: (error as Error).message })
    }
  }

  const exporting = phase.kind === 'exporting'
  if (!open) return null
  return (
    <ModalDialog
      label="Export PDF"
      className="export-dialog"
      onCancel={() => {
        if (!exporting) onClose()
      }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault()
          runAction('Exporting the PDF', run)
        }}
      >
        <h2>Export PDF</h2>
        <fieldset>
          <legend>What to include</legend>
          <label>
            <input
              type="radio"
              name="scope"
              checked={scope === 'view'}
              onChange={() => setScope('view')}
            />
            The current filters and visible range
          </label>
          <label>
            <input
              type="radio"
              name="scope"
              checked={scope === 'all'}
              onChange={() => setScope('all')}
            />
            Everything
          </label>
          <label>
            <input
              type="checkbox"
              checked={includeNotes}
              onChange={(e) => setIncludeNotes(e.target.checked)}
            />
            Include my notes
          </label>
          <label>
            <input
              type="checkbox"
              checked={includeSources}
              onChange={(e) => setIncludeSources(e.target.checked)}
            />
            Include sources
          </label>
        </fieldset>
        <fieldset>
          <legend>Paper</legend>
          <label>
            Page size{' '}
            <select
              value={pageSize}
              onChange={(e) => setPageSize(e.target.value as 'A4' | 'Letter')}
            >
              <option value="A4">A4</option>
              <option value="Letter">Letter</option>
            </select>
          </label>
          <label>
            <input
              type="radio"
              name="orientation"
              checked={!landscape}
              onChange={() => setLandscape(false)}
            />
            Portrait
          </label>
          <label>
            <input
              type="radio"
              name="orientation"
              checked={landscape}
              onChange={() => setLandscape(true)}
            />
            Landscape
          </label>
        </fieldset>
        <ExportFooter
          phase={phase}
          progressLabel="Exporting PDF"
          progressText="Building and printing the briefing…"
          onClose={onClose}
        />
      </form>
    </ModalDialog>
  )
}
