import type { ReactNode } from 'react'

/** What a field's control carries so its label, hint and message are read with it. */
export interface ControlProps {
  id: string
  'aria-invalid': boolean
  'aria-describedby': string | undefined
}

interface Props {
  id: string
  label: string
  /** The problem with what is typed, shown beside the field; none when it is fine. */
  error?: string | undefined
  /** What the field takes, e.g. the date formats. */
  hint?: string | undefined
  className?: string | undefined
  children(control: ControlProps): ReactNode
}

/**
 * One labelled field of a form, with its problem beside it: the control is marked invalid and
 * described by the message, so a screen reader reads the problem with the field.
 */
export function Field({ id, label, error, hint, className, children }: Props) {
  const hintId = hint ? `${id}-hint` : null
  const errorId = error ? `${id}-error` : null
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': describedBy })}
      {error ? (
        <p id={errorId ?? undefined} className="field-error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
      {hint ? (
        <p id={hintId ?? undefined} className="field-hint">
          {hint}
        </p>
      ) : null}
    </div>
  )
}
