/** Where an export dialog is: waiting, writing the file, or stopped with the reason. */
export type ExportPhase =
  { kind: 'idle' } | { kind: 'exporting' } | { kind: 'failed'; message: string }

/**
 * The foot of every export dialog: what is being written while it is, why it failed if it
 * did, and Export and Cancel (both held while the file is written).
 */
export function ExportFooter({
  phase,
  progressLabel,
  progressText,
  onClose,
}: {
  phase: ExportPhase
  progressLabel: string
  progressText: string
  onClose(): void
}) {
  const exporting = phase.kind === 'exporting'
  return (
    <>
      {exporting ? (
        <p className="export-progress">
          <progress aria-label={progressLabel} /> {progressText}
        </p>
      ) : null}
      {phase.kind === 'failed' ? (
        <p role="alert" className="error-text">
          Export failed: {phase.message}
        </p>
      ) : null}
      <div className="button-row">
        <button type="submit" className="primary" disabled={exporting}>
          Export
        </button>
        <button type="button" onClick={onClose} disabled={exporting}>
          Cancel
        </button>
      </div>
    </>
  )
}
