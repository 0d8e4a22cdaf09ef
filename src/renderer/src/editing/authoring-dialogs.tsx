import type { EditOutcome } from '../../../shared/edits'
import type { EventDetail } from '../../../shared/store'
import type { TimelineInfo } from '../../../shared/timeline'
import { api, unwrap } from '../api-client'
import type { SendEdit } from './use-edit-sending'
import { ConfirmDeleteDialog, ReadOnlyDialog } from './alert-dialogs'
import { EventDialog, LinkDialog, ManageDialog } from './lazy-dialogs'

/** An editing dialog the user asked for. */
export type AuthoringRequest =
  | { kind: 'add' }
  | { kind: 'edit'; event: EventDetail }
  | { kind: 'delete'; event: EventDetail }
  | { kind: 'manage' }
  | { kind: 'link'; event: EventDetail }
  /** A change tried on a timeline that cannot be changed: only says so, and offers a copy. */
  | { kind: 'read-only' }

/** What to show once an edit is on disk. */
export interface ShowAfterEdit {
  /** The event to select, or null to clear the selection; absent: the outcome's event. */
  select?: string | null
  /** A new event: brought into view where it starts, and focused there. */
  reveal?: { id: string; start: string }
}

interface Props {
  request: AuthoringRequest | null
  timeline: TimelineInfo
  dataVersion: number
  /** How the Event dialog sends its save (see `useEditSending`). */
  sendEdit: SendEdit
  onEdited(outcome: EditOutcome, show: ShowAfterEdit): Promise<void>
  onSaveCopy(): void
  onClose(): void
}

/**
 * The dialog of the editing command asked for. On a timeline that cannot be edited every one
 * of them says so instead, and offers a copy: nothing is sent that the main process would refuse.
 */
export function AuthoringDialogs({
  request,
  timeline,
  dataVersion,
  sendEdit,
  onEdited,
  onSaveCopy,
  onClose,
}: Props) {
  if (!request) return null
  if (timeline.readOnlyReason !== null) {
    return (
      <ReadOnlyDialog reason={timeline.readOnlyReason} onSaveCopy={onSaveCopy} onClose={onClose} />
    )
  }
  switch (request.kind) {
    case 'add':
    case 'edit':
      return (
        <EventDialog
          event={request.kind === 'edit' ? request.event : null}
          tracks={timeline.tracks}
          send={sendEdit}
          onClose={onClose}
          onSaved={(outcome, start) => {
            onClose()
            // The event saved is shown where it now stands, as a new one is: at a date out of
            // the window, or in a row behind its lane's "+N more".
            const id = outcome.eventId
            return onEdited(outcome, id !== null ? { reveal: { id, start } } : { select: id })
          }}
        />
      )
    case 'delete':
      return (
        <ConfirmDeleteDialog
          title={request.event.title}
          onClose={onClose}
          onDelete={async () => {
            const outcome = await unwrap(api.deleteEvent({ id: request.event.id }))
            onClose()
            await onEdited(outcome, { select: null })
          }}
        />
      )
    case 'link':
      return (
        <LinkDialog
          event={request.event}
          onClose={onClose}
          onSaved={(outcome) => {
            onClose()
            return onEdited(outcome, { select: request.event.id })
          }}
        />
      )
    case 'read-only':
      return null
    case 'manage':
      return (
        <ManageDialog
          dataVersion={dataVersion}
          onClose={onClose}
          onEdited={(outcome) => onEdited(outcome, {})}
        />
      )
  }
}
