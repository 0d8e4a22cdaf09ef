import { useId, useState } from 'react'
import { ModalDialog } from '../editing/modal-dialog'
import { runAction } from '../failure-reports'
import { ExportFooter, type ExportPhase } from './export-footer'

export interface FormatChoice<F extends string> {
  value: F
  label: string
}

/** What to export: what the current filters show, or everything. */
export type ScopeChoice = 'filtered' | 'all'

interface Props<F extends string> {
  /** The dialog's name and heading, e.g. "Export events". */
  title: string
  formats: ReadonlyArray<FormatChoice<F>>
  /** When the dialog exports one thing (an event's citations): what, instead of the scope choice. */
  subject?: string
  /** Runs the export; answers what to tell the user, or null when they cancelled the save. */
  onExport(format: F, scope: ScopeChoice): Promise<string | null>
  onDone(message: string): void
  onClose(): void
}

/**
 * A small export dialog: the file's format and what goes in it, then the system's save dialog.
 * It stays open with the error when the export fails (a full disk), and closes once saved.
 */
export function ExportFileDialog<F extends string>(props: Props<F>) {
  const { title, formats, subject } = props
  const [format, setFormat] = useState<F>(formats[0]!.value)
  const [scope, setScope] = useState<ScopeChoice>('filtered')
  const [phase, setPhase] = useState<ExportPhase>({ kind: 'idle' })
  const name = useId()
  const exporting = phase.kind === 'exporting'

  const run = async () => {
    setPhase({ kind: 'exporting' })
    try {
      const message = await props.onExport(format, scope)
      setPhase({ kind: 'idle' })
      if (message !== null) {
        props.onDone(message)
        props.onClose()
      }
    } catch (error) {
      setPhase({ kind: 'failed', message: (error as Error).message })
    }
  }

  return (
    <ModalDialog
      label={title}
      className="export-dialog"
      onCancel={() => {
        if (!exporting) props.onClose()
      }}
    >
      <form
        onSubmit={(event) => {
          event.preventDefault()
          runAction(title, run)
        }}
      >
        <h2>{title}</h2>
        {subject ? <p className="export-subject">{subject}</p> : null}
        <fieldset>
          <legend>Format</legend>
          {formats.map((choice) => (
            <label key={choice.value}>
              <input
                type="radio"
                name={`${name}-format`}
                checked={format === choice.value}
                onChange={() => setFormat(choice.value)}
              />
              {choice.label}
            </label>
          ))}
        </fieldset>
        {subject ? null : (
          <fieldset>
            <legend>What to export</legend>
            <label>
              <input
                type="radio"
                name={`${name}-scope`}
                checked={scope === 'filtered'}
                onChange={() => setScope('filtered')}
              />
              What the current filters show
            </label>
            <label>
              <input
                type="radio"
                name={`${name}-scope`}
                checked={scope === 'all'}
                onChange={() => setScope('all')}
              />
              Everything
            </label>
          </fieldset>
        )}
        <ExportFooter
          phase={phase}
          progressLabel={`${title}: writing the file`}
          progressText="Writing the file…"
          onClose={props.onClose}
        />
      </form>
    </ModalDialog>
  )
}
