import { useImportProgress } from './use-import-progress'

/** Rows done of the total while the file is checked or imported; Cancel sits beside it. */
export function ImportProgressBar({
  importId,
  phase,
}: {
  importId: string
  phase: 'checking' | 'importing'
}) {
  const progress = useImportProgress(importId)
  const done = progress?.rowsDone ?? 0
  const total = Math.max(progress?.rowsTotal ?? 0, done)
  const what = phase === 'checking' ? 'Checking' : 'Importing'
  return (
    <div className="import-progress">
      <progress
        aria-label="Import progress"
        max={total || undefined}
        value={total ? done : undefined}
      />
      <p aria-live="polite">
        {what}: {done.toLocaleString('en-GB')}
        {total ? ` of ${total.toLocaleString('en-GB')}` : ''} rows
      </p>
    </div>
  )
}
