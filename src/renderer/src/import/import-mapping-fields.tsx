import { useId } from 'react'
import type { DateOrder, ImportMapping, ImportPreview, ImportTarget } from '../../../shared/import'
import {
  IMPORT_FIELD_LABELS,
  IMPORT_FIELDS,
  IMPORT_PRESETS,
  PRESET_LABELS,
} from '../../../shared/import-vocabulary'
import { withFieldColumn, type ImportChoices } from './import-flow'

interface Props {
  preview: ImportPreview
  choices: ImportChoices
  disabled: boolean
  onChange(choices: ImportChoices): void
}

const NO_COLUMN = ''

/**
 * What the user decides before the rows are read: the layout (a preset, or which column fills
 * which field), "Group by", the day/month order when the file leaves it open, and the target.
 */
export function ImportMappingFields({ preview, choices, disabled, onChange }: Props) {
  const id = useId()
  const set = (patch: Partial<ImportChoices>) => onChange({ ...choices, ...patch })
  const setMapping = (mapping: ImportMapping) => set({ mapping })
  const { mapping } = choices
  const columnOptions = preview.header.map((column) => (
    <option key={column} value={column}>
      {column}
    </option>
  ))
  return (
    <fieldset className="import-choices" disabled={disabled}>
      <legend className="visually-hidden">How to read the file</legend>
      {preview.format === 'csv' ? (
        <div className="import-layout">
          <label htmlFor={`${id}-layout`}>Layout</label>
          <select
            id={`${id}-layout`}
            value={mapping.preset}
            onChange={(e) => {
              const preset = e.target.value as ImportMapping['preset']
              setMapping(
                preset === 'custom'
                  ? { ...preview.guessedMapping, groupBy: mapping.groupBy }
                  : { preset, columns: {}, groupBy: mapping.groupBy },
              )
            }}
          >
            {[...IMPORT_PRESETS, 'custom' as const].map((preset) => (
              <option
                key={preset}
                value={preset}
                disabled={preset !== 'custom' && preset !== preview.preset}
              >
                {PRESET_LABELS[preset]}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-group`}>Group by</label>
          <select
            id={`${id}-group`}
            value={mapping.groupBy ?? NO_COLUMN}
            aria-describedby={`${id}-group-help`}
            onChange={(e) => setMapping({ ...mapping, groupBy: e.target.value || null })}
          >
            <option value={NO_COLUMN}>(one track for all)</option>
            {columnOptions}
          </select>
          <p id={`${id}-group-help`} className="field-hint">
            Each value of this column becomes a track of the timeline.
          </p>
        </div>
      ) : null}
      {preview.format === 'csv' && mapping.preset === 'custom' ? (
        <div className="import-columns" role="group" aria-label="Columns">
          {IMPORT_FIELDS.map((field) => (
            <div key={field} className="import-column">
              <label htmlFor={`${id}-${field}`}>{IMPORT_FIELD_LABELS[field]}</label>
              <select
                id={`${id}-${field}`}
                value={mapping.columns[field] ?? NO_COLUMN}
                onChange={(e) =>
                  setMapping(
                    withFieldColumn(mapping, preview.guessedMapping, field, e.target.value || null),
                  )
                }
              >
                <option value={NO_COLUMN}>(none)</option>
                {columnOptions}
              </select>
            </div>
          ))}
        </div>
      ) : null}
      {preview.ambiguousDate !== null ? (
        <fieldset className="import-radios">
          <legend>Date order</legend>
          <p className="field-hint">
            The file has dates such as {preview.ambiguousDate}, which read both ways.
          </p>
          {(['dmy', 'mdy'] as DateOrder[]).map((order) => (
            <label key={order}>
              <input
                type="radio"
                name={`${id}-order`}
                checked={choices.dateOrder === order}
                onChange={() => set({ dateOrder: order })}
              />
              {order === 'dmy' ? 'Day first (03/04 is 3 April)' : 'Month first (03/04 is March 4)'}
            </label>
          ))}
        </fieldset>
      ) : null}
      <fieldset className="import-radios">
        <legend>Import into</legend>
        {(['open', 'new'] as ImportTarget[]).map((target) => (
          <label key={target}>
            <input
              type="radio"
              name={`${id}-target`}
              checked={choices.target === target}
              disabled={target === 'open' && preview.openTimelineRefusal !== null}
              onChange={() => set({ target })}
            />
            {target === 'open' ? 'This timeline' : 'A new timeline'}
          </label>
        ))}
        {preview.openTimelineRefusal !== null ? (
          <p className="field-hint">{preview.openTimelineRefusal}</p>
        ) : null}
      </fieldset>
    </fieldset>
  )
}
