import { useState } from 'react'
import type { CatalogueKind } from '../../../shared/edits'
import { KIND_NAMES, type CatalogueEntry, type Checked } from './catalogue-items'

interface Props {
  kind: CatalogueKind
  entry: CatalogueEntry
  /** The other items of the same kind, to merge this one into. */
  others: readonly CatalogueEntry[]
  busy: boolean
  check(change: { name: string; colour?: string }): Checked
  onSave(checked: Checked): void
  onMerge(intoId: string): void
  onDelete(): void
}

function usesText(uses: number): string {
  return uses === 0
    ? 'Not used by any event.'
    : `Used by ${uses} ${uses === 1 ? 'event' : 'events'}.`
}

/**
 * One track, actor or source: rename it (and recolour a track), merge it into another of its
 * kind (its events are reassigned, then it goes), or delete it once no event uses it.
 */
export function CatalogueRow({
  kind,
  entry,
  others,
  busy,
  check,
  onSave,
  onMerge,
  onDelete,
}: Props) {
  const [name, setName] = useState(entry.name)
  const [colour, setColour] = useState(entry.colour ?? '#000000')
  const [mergeInto, setMergeInto] = useState('')
  const base = `${kind}-${entry.id}`
  const changed = name !== entry.name || (entry.colour !== undefined && colour !== entry.colour)
  const result = changed ? check({ name, colour }) : null
  const one = KIND_NAMES[kind].one
  return (
    <li className="catalogue-row" aria-label={entry.name}>
      <form
        className="catalogue-edit"
        onSubmit={(e) => {
          e.preventDefault()
          if (result?.item) onSave(result)
        }}
      >
        <label htmlFor={`${base}-name`}>Name</label>
        <input
          id={`${base}-name`}
          type="text"
          value={name}
          aria-invalid={Boolean(result?.error)}
          aria-describedby={result?.error ? `${base}-name-error` : undefined}
          onChange={(e) => setName(e.target.value)}
        />
        {entry.colour !== undefined ? (
          <>
            <label htmlFor={`${base}-colour`}>Colour</label>
            <input
              id={`${base}-colour`}
              type="color"
              value={colour}
              onChange={(e) => setColour(e.target.value)}
            />
          </>
        ) : null}
        <button type="submit" disabled={busy || !result?.item}>
          Save
        </button>
        {result?.error ? (
          <p id={`${base}-name-error`} className="field-error">
            <span aria-hidden="true">⚠ </span>
            {result.error}
          </p>
        ) : null}
      </form>
      <p id={`${base}-uses`} className="catalogue-uses">
        {usesText(entry.uses)}
        {entry.uses > 0
          ? ` To delete it, merge it into another ${one}: its events move there.`
          : ''}
      </p>
      <div className="catalogue-actions">
        <label htmlFor={`${base}-merge`}>Merge into</label>
        <select
          id={`${base}-merge`}
          value={mergeInto}
          onChange={(e) => setMergeInto(e.target.value)}
        >
          <option value="">Choose {KIND_NAMES[kind].a}…</option>
          {others.map((other) => (
            <option key={other.id} value={other.id}>
              {other.name}
            </option>
          ))}
        </select>
        <button
          type="button"
          disabled={busy || mergeInto === ''}
          onClick={() => onMerge(mergeInto)}
        >
          Merge
        </button>
        <button
          type="button"
          className="danger"
          disabled={busy || entry.uses > 0}
          aria-describedby={`${base}-uses`}
          onClick={onDelete}
        >
          Delete
        </button>
      </div>
    </li>
  )
}
