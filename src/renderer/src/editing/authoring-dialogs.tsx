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
  /** An edited one: revealed the same way if the user was looking at it on the timeline. */
  revealIfShown?: { id: string; start: string }
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
            // A new event is shown where it stands; an edited one too if it was in sight, so
            // that a change of date or track cannot take it out of view or behind its lane's
            // "+N more" (one opened from the list, out of sight, leaves the window where it is).
            const id = outcome.eventId
            if (id === null) return onEdited(outcome, { select: id })
            const added = request.kind === 'add'
            return onEdited(
              outcome,
              added ? { reveal: { id, start } } : { revealIfShown: { id, start } },
            )
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
