import type { Source } from '../../../shared/model'
import { STATUSES, STATUS_LABELS, type Status } from '../../../shared/vocabulary'
import { claimField, type ClaimField, type FieldErrors } from './event-draft'
import { emptyClaim, NEW_CHOICE, type ClaimForm } from './event-form'
import { Field } from './form-field'

const SOURCE_KIND_LABELS: Record<Source['kind'], string> = {
  'news-outlet': 'News outlet',
  government: 'Government',
  document: 'Document',
}

interface ClaimProps {
  claim: ClaimForm
  index: number
  sources: readonly Source[]
  errors: FieldErrors
  onChange(patch: Partial<ClaimForm>, field: ClaimField): void
  onLeave(field: ClaimField): void
  onRemove(): void
}

/** One claim: who said it, where and when it was reported and read, what, and how far it holds. */
function ClaimGroup({ claim, index, sources, errors, onChange, onLeave, onRemove }: ClaimProps) {
  const id = (field: ClaimField) => `${claim.key}-${field}`
  const error = (field: ClaimField) => errors[claimField(index, field)]
  const text = (field: 'claimant' | 'newSourceName' | 'url', label: string, hint?: string) => (
    <Field id={id(field)} label={label} error={error(field)} hint={hint}>
      {(control) => (
        <input
          {...control}
          type="text"
          inputMode={field === 'url' ? 'url' : undefined}
          value={claim[field]}
          onChange={(e) => onChange({ [field]: e.target.value }, field)}
          onBlur={() => onLeave(field)}
        />
      )}
    </Field>
  )
  const date = (field: 'reported' | 'readOn', label: string, hint: string) => (
    <Field id={id(field)} label={label} error={error(field)} hint={hint}>
      {(control) => (
        <input
          {...control}
          type="date"
          value={claim[field]}
          onChange={(e) => onChange({ [field]: e.target.value }, field)}
          onBlur={() => onLeave(field)}
        />
      )}
    </Field>
  )
  return (
    <fieldset className="claim-group">
      <legend>Claim {index + 1}</legend>
      <div className="claim-grid">
        {text('claimant', 'Claimant', 'Who said it, e.g. “a US official”')}
        <Field id={id('sourceId')} label="Source" error={error('sourceId')}>
          {(control) => (
            <select
              {...control}
              value={claim.sourceId}
              onChange={(e) => onChange({ sourceId: e.target.value }, 'sourceId')}
              onBlur={() => onLeave('sourceId')}
            >
              <option value="">Choose a source…</option>
              {sources.map((source) => (
                <option key={source.id} value={source.id}>
                  {source.name}
                </option>
              ))}
              <option value={NEW_CHOICE}>New source…</option>
            </select>
          )}
        </Field>
        {claim.sourceId === NEW_CHOICE ? (
          <>
            {text('newSourceName', 'New source name', 'The outlet or speaker, e.g. Reuters')}
            <Field id={id('newSourceKind')} label="New source kind">
              {(control) => (
                <select
                  {...control}
                  value={claim.newSourceKind}
                  onChange={(e) =>
                    onChange({ newSourceKind: e.target.value as Source['kind'] }, 'newSourceKind')
                  }
                >
                  {Object.entries(SOURCE_KIND_LABELS).map(([kind, label]) => (
                    <option key={kind} value={kind}>
                      {label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </>
        ) : null}
        {date('reported', 'Reported', 'Optional; only the day a source gives')}
        {date('readOn', 'Read on', 'The day you read it')}
        <Field id={id('status')} label="Claim status" error={error('status')}>
          {(control) => (
            <select
              {...control}
              value={claim.status}
              onChange={(e) => onChange({ status: e.target.value as Status }, 'status')}
            >
              {STATUSES.map((status) => (
                <option key={status} value={status}>
                  {STATUS_LABELS[status]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={id('text')} label="Claim text" error={error('text')} className="wide">
          {(control) => (
            <textarea
              {...control}
              rows={2}
              value={claim.text}
              onChange={(e) => onChange({ text: e.target.value }, 'text')}
              onBlur={() => onLeave('text')}
            />
          )}
        </Field>
        <label className="checkbox-field">
          <input
            type="checkbox"
            checked={claim.isQuote}
            onChange={(e) => onChange({ isQuote: e.target.checked }, 'isQuote')}
          />
          Exact quote
        </label>
        {text('url', 'URL', 'Optional; the http(s) address where it can be read')}
      </div>
      <button type="button" className="remove-row" onClick={onRemove}>
        Remove claim
      </button>
    </fieldset>
  )
}

interface Props {
  claims: ClaimForm[]
  sources: readonly Source[]
  errors: FieldErrors
  onChange(claims: ClaimForm[], touched?: string): void
  onLeave(field: string): void
}

/** The "Claims" section: every claim behind the event, each citing its source. */
export function ClaimFields({ claims, sources, errors, onChange, onLeave }: Props) {
  const sectionError = errors['claims']
  return (
    <section className="claims-section" aria-labelledby="claims-heading">
      <h3 id="claims-heading">Claims</h3>
      {sectionError ? (
        <p className="field-error" id="claims-error">
          <span aria-hidden="true">⚠ </span>
          {sectionError}
        </p>
      ) : null}
      {claims.map((claim, index) => (
        <ClaimGroup
          key={claim.key}
          claim={claim}
          index={index}
          sources={sources}
          errors={errors}
          onChange={(patch, field) =>
            onChange(
              claims.map((c, i) => (i === index ? { ...c, ...patch } : c)),
              `${claim.key}.${field}`,
            )
          }
          onLeave={(field) => onLeave(`${claim.key}.${field}`)}
          onRemove={() =>
            onChange(
              claims.filter((_, i) => i !== index),
              'claims',
            )
          }
        />
      ))}
      <button
        type="button"
        aria-describedby={sectionError ? 'claims-error' : undefined}
        onClick={() => onChange([...claims, emptyClaim()], 'claims')}
      >
        Add claim
      </button>
    </section>
  )
}
