import { useState } from 'react'
import type { TrackDefinition } from '../../../shared/model'
import {
  DATE_PRECISIONS,
  STATUSES,
  STATUS_LABELS,
  type DatePrecision,
} from '../../../shared/vocabulary'
import type { FieldErrors } from './event-draft'
import type { EventForm } from './event-form'
import { Field } from './form-field'

const PRECISION_LABELS: Record<DatePrecision, string> = {
  exact: 'Exact time',
  day: 'Day',
  month: 'Month',
  approximate: 'Approximate',
}

const DATE_HINTS: Record<DatePrecision, string> = {
  exact: 'A time with its UTC offset, e.g. 2025-11-20T14:00:00+02:00',
  day: 'YYYY-MM-DD',
  month: 'YYYY-MM-DD, the first day of the month',
  approximate: 'YYYY-MM-DD, the best known day',
}

// Offered as suggestions only: the schema decides what is a time zone.
const TIME_ZONES = Intl.supportedValuesOf('timeZone')

type TextField = 'title' | 'start' | 'end' | 'timeZone' | 'place' | 'tags' | 'summary'

interface Props {
  form: EventForm
  errors: FieldErrors
  tracks: readonly TrackDefinition[]
  onChange(patch: Partial<EventForm>): void
  /** A field was left: its problem shows from then on, even if it was not typed in. */
  onLeave(field: string): void
}

/** The event's own fields in the "Event" dialog: what, when, where, which track, how sure. */
export function EventFields({ form, errors, tracks, onChange, onLeave }: Props) {
  // The zones are suggested from the field's first focus on: 418 options were most of the
  // dialog's elements, built each time it opened and removed each time it closed.
  const [zonesSuggested, setZonesSuggested] = useState(false)
  const text = (field: TextField, label: string, hint?: string, className?: string) => (
    <Field
      id={`event-${field}`}
      label={label}
      error={errors[field]}
      hint={hint}
      className={className}
    >
      {(control) => (
        <input
          {...control}
          type="text"
          value={form[field]}
          onChange={(e) => onChange({ [field]: e.target.value })}
          onBlur={() => onLeave(field)}
        />
      )}
    </Field>
  )
  return (
    <div className="event-fields">
      {text('title', 'Title', undefined, 'wide')}
      {text('start', 'Start', DATE_HINTS[form.precision])}
      {text('end', 'End', 'Optional; the same form as Start')}
      <Field id="event-precision" label="Precision" error={errors['precision']}>
        {(control) => (
          <select
            {...control}
            value={form.precision}
            onChange={(e) => onChange({ precision: e.target.value as DatePrecision })}
          >
            {DATE_PRECISIONS.map((precision) => (
              <option key={precision} value={precision}>
                {PRECISION_LABELS[precision]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field
        id="event-timeZone"
        label="Time zone"
        error={errors['timeZone']}
        hint="Optional; where it happened, e.g. Europe/Kyiv"
      >
        {(control) => (
          <>
            <input
              {...control}
              type="text"
              list="event-time-zones"
              autoComplete="off"
              value={form.timeZone}
              onChange={(e) => onChange({ timeZone: e.target.value })}
              onFocus={() => setZonesSuggested(true)}
              onBlur={() => onLeave('timeZone')}
            />
            <datalist id="event-time-zones">
              {zonesSuggested ? TIME_ZONES.map((zone) => <option key={zone} value={zone} />) : null}
            </datalist>
          </>
        )}
      </Field>
      {text('place', 'Place', 'Optional', 'wide')}
      <Field id="event-track" label="Track" error={errors['track']}>
        {(control) => (
          <select
            {...control}
            value={form.track}
            onChange={(e) => onChange({ track: e.target.value })}
          >
            {tracks.map((track) => (
              <option key={track.id} value={track.id}>
                {track.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="event-status" label="Status" error={errors['status']}>
        {(control) => (
          <select
            {...control}
            value={form.status}
            onChange={(e) => onChange({ status: e.target.value as EventForm['status'] })}
          >
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {STATUS_LABELS[status]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {text('tags', 'Tags', 'Separated by commas', 'wide')}
      <Field
        id="event-summary"
        label="Summary"
        error={errors['summary']}
        className="wide"
        hint="In your own words"
      >
        {(control) => (
          <textarea
            {...control}
            rows={3}
            value={form.summary}
            onChange={(e) => onChange({ summary: e.target.value })}
            onBlur={() => onLeave('summary')}
          />
        )}
      </Field>
    </div>
  )
}
