import type { EditOutcome } from '../../../shared/edits'
import type { EventDetail } from '../../../shared/store'

/** What the details' links and documents need of the workspace. */
export interface EvidenceCommands {
  /** Whether the open timeline can be changed (the bundled sample cannot). */
  editable: boolean
  /** Says the timeline cannot be changed, and offers "Save a copy". */
  offerCopy(): void
  /** Opens the "Link" dialog from this event. */
  link(event: EventDetail): void
  /** Shows an edit made from the details (a link removed) once it is on disk. */
  edited(outcome: EditOutcome): Promise<void>
  /** Opens another event's details, as a click in the list does. */
  openEvent(id: string): void
  /** Tells the user something, in the app's message line. */
  tell(message: string): void
}
