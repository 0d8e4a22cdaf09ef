import type { ImportCounts } from '../../../shared/import'

/** Every rejected row by its line, column and reason; and saving them to fix and import again. */
export function RejectedRows({ counts, onSave }: { counts: ImportCounts; onSave(): void }) {
  if (counts.rejected === 0) return null
  const more = counts.rejected - counts.rejectedRows.length
  return (
    <>
      <ul className="rejected-rows" aria-label="Rejected rows">
        {counts.rejectedRows.map((row) => (
          <li key={`${row.line}-${row.column}`}>{row.message}</li>
        ))}
      </ul>
      {more > 0 ? (
        <p className="field-hint">
          And {more.toLocaleString('en-GB')} more: save them to read them all.
        </p>
      ) : null}
      <button type="button" onClick={onSave}>
        Save rejected rows
      </button>
    </>
  )
}
