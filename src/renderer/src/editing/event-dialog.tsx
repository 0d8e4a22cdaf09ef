import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { EditOutcome } from '../../../shared/edits'
import type { Actor, Source, TrackDefinition } from '../../../shared/model'
import type { EventDetail } from '../../../shared/store'
import { api, unwrap } from '../api-client'
import { runAction } from '../failure-reports'
import { ActorRows } from './actor-rows'
import { DiscardChangesDialog } from './alert-dialogs'
import { ClaimFields } from './claim-fields'
import { checkEventForm, type IdMaker } from './event-draft'
import { EventFields } from './event-fields'
import { emptyEventForm, eventFormFrom, type EventForm } from './event-form'
import { saveBlockers, visibleErrors } from './form-problems'
import { ModalDialog } from './modal-dialog'
import type { SendEdit } from './use-edit-sending'
import { newCatalogueId, slugOf } from './new-ids'

export interface EventDialogProps {
  /** The event to change, or null for a new one. */
  event: EventDetail | null
  tracks: readonly TrackDefinition[]
  /** Sends the save (see `useEditSending`). */
  send: SendEdit
  /** Called once the event is saved on disk, with where it starts, to show it there. */
  onSaved(outcome: EditOutcome, start: string): Promise<void>
  onClose(): void
}

// While typing, new sources and actors get ids from their names alone; the ids they are saved
// with carry a random suffix, chosen once, at Save.
const checkingIds: IdMaker = (name, kind) => slugOf(name, kind)
const savingIds: IdMaker = (name, kind) => newCatalogueId(name, kind)
/** A save answered sooner shows no "Saving…" (see `save`). */
const SAVING_SHOWN_AFTER_MS = 150

interface Catalogue {
  actors: Actor[]
  sources: Source[]
}

function byName<T extends { name: string }>(items: T[]): T[] {
  return [...items].sort((a, b) => a.name.localeCompare(b.name))
}

/**
 * The "Event" dialog: the event's fields, its actors and its claims, each checked as the user
 * types. Save writes the event with the sources and actors made for it in one edit; a refusal
 * keeps the dialog open with everything typed, and says why.
 */
export function EventDialog({ event, tracks, send, onSaved, onClose }: EventDialogProps) {
  const [form, setForm] = useState<EventForm>(() =>
    event ? eventFormFrom(event) : emptyEventForm(tracks[0]?.id ?? ''),
  )
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set())
  const [catalogue, setCatalogue] = useState<Catalogue | null>(null)
  const [saving, setSaving] = useState(false)
  /** From Save until the answer: set at once, where `saving` shows only a slow save. */
  const inFlight = useRef(false)
  const [error, setError] = useState<string | null>(null)
  /** Something was typed or chosen: closing then asks first. */
  const [edited, setEdited] = useState(false)
  const [askingToDiscard, setAskingToDiscard] = useState(false)

  useEffect(() => {
    let current = true
    Promise.all([unwrap(api.listActors()), unwrap(api.listSources())])
      .then(([actors, sources]) => {
        if (current) setCatalogue({ actors: byName(actors), sources: byName(sources) })
      })
      .catch((e: Error) => {
        if (current) setError(`The actors and sources could not be read: ${e.message}`)
      })
    return () => {
      current = false
    }
  }, [])

  const checked = useMemo(() => checkEventForm(form, checkingIds), [form])
  const shown = useMemo(
    () => visibleErrors(checked.errors, touched, form),
    [checked.errors, touched, form],
  )
  const blockers = saveBlockers(checked.errors)

  const touch = useCallback((key: string | undefined) => {
    if (key !== undefined) setTouched((t) => (t.has(key) ? t : new Set(t).add(key)))
  }, [])
  const change = useCallback(
    (patch: Partial<EventForm>, key?: string) => {
      // What is being saved is what was there at Save: typing meanwhile would be lost.
      if (inFlight.current) return
      setForm((f) => ({ ...f, ...patch }))
      setEdited(true)
      touch(key ?? Object.keys(patch)[0])
    },
    [touch],
  )
  // Drawn again only when what they show changes: Save marks the dialog as saving, and drawing
  // every field again then would hold up the answer that closes it.
  const fields = useMemo(
    () => (
      <>
        <EventFields form={form} errors={shown} tracks={tracks} onChange={change} onLeave={touch} />
        <ActorRows
          rows={form.actors}
          actors={catalogue?.actors ?? []}
          errors={shown}
          onChange={(actors, key) => change({ actors }, key ?? 'actors')}
          onLeave={touch}
        />
        <ClaimFields
          claims={form.claims}
          sources={catalogue?.sources ?? []}
          errors={shown}
          onChange={(claims, key) => change({ claims }, key ?? 'claims')}
          onLeave={touch}
        />
      </>
    ),
    [form, shown, tracks, catalogue, change, touch],
  )

  const save = async () => {
    const request = checkEventForm(form, savingIds).request
    if (!request || inFlight.current) return
    inFlight.current = true
    // Most saves are answered within a frame or two: marking the whole form as saving then
    // only held up the drawing of the saved event by a frame. A slow save still shows it.
    const slow = window.setTimeout(() => setSaving(true), SAVING_SHOWN_AFTER_MS)
    if (error !== null) setError(null)
    try {
      const outcome = await send(api.saveEvent(event ? { ...request, id: event.id } : request))
      window.clearTimeout(slow)
      // The dialog closes here: what follows is the app showing the saved event.
      await onSaved(outcome, request.event.start)
    } catch (e) {
      window.clearTimeout(slow)
      inFlight.current = false
      setError((e as Error).message)
      setSaving(false)
    }
  }
  const cancel = () => {
    if (inFlight.current) return
    if (edited) setAskingToDiscard(true)
    else onClose()
  }

  return (
    <ModalDialog label="Event" className="event-dialog" onCancel={cancel}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault()
          runAction('Saving the event', save)
        }}
      >
        <h2>{event ? 'Edit event' : 'Add event'}</h2>
        {/* A fieldset does not scroll as a flex item: the div around it does. */}
        <div className="event-form-body">
          <fieldset className="event-form-fields" disabled={saving || catalogue === null}>
            {fields}
          </fieldset>
        </div>
        <footer className="dialog-footer">
          {error ? (
            <p role="alert" className="error-text">
              The event was not saved: {error}
            </p>
          ) : null}
          <p id="event-save-blockers" className="field-hint">
            {saving ? 'Saving…' : blockers}
          </p>
          <div className="button-row">
            <button
              type="submit"
              className="primary"
              disabled={checked.request === null || saving}
              aria-describedby="event-save-blockers"
              onClick={(e) => {
                // Saved from the click itself, the browser's submission of the form (which lays
                // out each of its controls) is not run. Enter in a field clicks this button too.
                e.preventDefault()
                runAction('Saving the event', save)
              }}
            >
              Save event
            </button>
            <button type="button" onClick={cancel} disabled={saving}>
              Cancel
            </button>
          </div>
        </footer>
      </form>
      {askingToDiscard ? (
        <DiscardChangesDialog onDiscard={onClose} onKeepEditing={() => setAskingToDiscard(false)} />
      ) : null}
    </ModalDialog>
  )
}
