import { useEffect, useMemo, useState } from 'react'
import type { EditOutcome } from '../../../shared/edits'
import { LINK_LABELS } from '../../../shared/link-vocabulary'
import type { EventDetail, EventSummary, ResolvedClaim } from '../../../shared/store'
import { api, unwrap } from '../api-client'
import { Field } from '../editing/form-field'
import { ModalDialog } from '../editing/modal-dialog'
import { runAction } from '../failure-reports'
import { displayDate } from '../format'
import { changeLinkForm, checkLinkForm, EMPTY_LINK_FORM, kindsFor } from './link-form'
import { OtherEventPicker } from './other-event-picker'

export interface LinkDialogProps {
  /** The event the link starts at: the one whose details are open. */
  event: EventDetail
  /** Called once the link is saved on disk. */
  onSaved(outcome: EditOutcome): Promise<void>
  onClose(): void
}

/** "Claim 2: Dmitry Peskov — no arrangements to…", short enough for a menu. */
function claimOption(claim: ResolvedClaim, index: number): string {
  const text = claim.text.length > 70 ? `${claim.text.slice(0, 69)}…` : claim.text
  return `Claim ${index + 1}: ${claim.claimant} — ${text}`
}

function ClaimOptions({ claims }: { claims: readonly ResolvedClaim[] }) {
  return claims.map((claim, index) =>
    claim.id ? (
      <option key={claim.id} value={claim.id}>
        {claimOption(claim, index)}
      </option>
    ) : null,
  )
}

/**
 * The "Link" dialog: this event (or one of its claims) and another event found by search (or
 * one of its claims), how the one stands to the other, and a note. It is checked by the schema
 * the main process uses; a refusal (a link already there) keeps the dialog open and says why.
 */
export function LinkDialog({ event, onSaved, onClose }: LinkDialogProps) {
  const [form, setForm] = useState(EMPTY_LINK_FORM)
  const [other, setOther] = useState<EventDetail | null>(null)
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const checked = useMemo(() => checkLinkForm(event.id, form), [event.id, form])
  const change = (patch: Partial<typeof form>) => setForm((f) => changeLinkForm(f, patch))

  const otherId = form.otherEventId
  useEffect(() => {
    if (otherId === null) return
    let current = true
    unwrap(api.getEvent({ id: otherId }))
      .then((found) => {
        if (current) setOther(found)
      })
      .catch((e: Error) => {
        if (current) setError(`The other event could not be read: ${e.message}`)
      })
    return () => {
      current = false
    }
  }, [otherId])
  const otherClaims = other && other.id === otherId ? other.claims : []

  const save = async () => {
    if (!checked.draft || saving) return
    setSaving(true)
    setError(null)
    try {
      const outcome = await unwrap(api.saveLink({ link: checked.draft }))
      await onSaved(outcome)
    } catch (e) {
      setError((e as Error).message)
      setSaving(false)
    }
  }

  const { errors } = checked
  const shown = (field: 'to' | 'kind' | 'note') => (otherId === null ? undefined : errors[field])
  return (
    <ModalDialog
      label="Link"
      className="link-dialog"
      onCancel={() => {
        if (!saving) onClose()
      }}
    >
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          runAction('Saving the link', save)
        }}
      >
        <h2>Link “{event.title}”</h2>
        <fieldset className="link-form-fields" disabled={saving}>
          <Field id="link-from" label="From">
            {(control) => (
              <select
                {...control}
                value={form.fromClaimId}
                onChange={(e) => change({ fromClaimId: e.target.value })}
              >
                <option value="">This event as a whole</option>
                <ClaimOptions claims={event.claims} />
              </select>
            )}
          </Field>
          <OtherEventPicker
            chosenId={otherId}
            onChoose={(picked: EventSummary) => change({ otherEventId: picked.id })}
          />
          <Field id="link-to" label="Claim of the other event" error={shown('to')}>
            {(control) => (
              <select
                {...control}
                value={form.toClaimId}
                disabled={otherId === null}
                onChange={(e) => change({ toClaimId: e.target.value })}
              >
                <option value="">The event as a whole</option>
                <ClaimOptions claims={otherClaims} />
              </select>
            )}
          </Field>
          <Field
            id="link-kind"
            label="Kind"
            error={shown('kind')}
            hint="Events respond to, follow from, contradict or are the same as each other; claims contradict or corroborate."
          >
            {(control) => (
              <select
                {...control}
                value={form.kind}
                onChange={(e) => change({ kind: e.target.value as typeof form.kind })}
              >
                {kindsFor(form).map((kind) => (
                  <option key={kind} value={kind}>
                    {LINK_LABELS[kind].outgoing}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="link-note" label="Note (optional)" error={shown('note')}>
            {(control) => (
              <textarea
                {...control}
                rows={2}
                maxLength={1000}
                value={form.note}
                onChange={(e) => change({ note: e.target.value })}
              />
            )}
          </Field>
        </fieldset>
        <footer className="dialog-footer">
          {error ? (
            <p role="alert" className="error-text">
              The link was not saved: {error}
            </p>
          ) : null}
          <p id="link-save-blockers" className="field-hint">
            {saving
              ? 'Saving…'
              : otherId === null
                ? errors.other
                : other?.id === otherId
                  ? `To “${other.title}”, ${displayDate(other).text}.`
                  : ''}
          </p>
          <div className="button-row">
            <button
              type="submit"
              className="primary"
              disabled={checked.draft === null || saving}
              aria-describedby="link-save-blockers"
            >
              Save link
            </button>
            <button type="button" onClick={onClose} disabled={saving}>
              Cancel
            </button>
          </div>
        </footer>
      </form>
    </ModalDialog>
  )
}
