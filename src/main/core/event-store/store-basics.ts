import { lastCoveredMs } from '../../../shared/date-span'
import { dateValueToMs } from '../../../shared/model'

/** Moment of a query bound: a calendar date as `to` means the end of that day. */
export function boundToMs(value: string, bound: 'from' | 'to'): number {
  return bound === 'to' ? lastCoveredMs(value, 'utc') : dateValueToMs(value)
}

export class NotFoundError extends Error {}

/** What the store needs to know of the user's notes to filter, search and mark events. */
export interface NotesOverlay {
  counts: ReadonlyMap<string, number>
  /** Note text per event id. */
  text: ReadonlyMap<string, string>
  /** Changes whenever the notes change, so cached results are not reused across edits. */
  version: number
}

export const NO_NOTES: NotesOverlay = { counts: new Map(), text: new Map(), version: 0 }

/** The events whose notes differ between two overlays: in number or in text. */
export function eventsWithChangedNotes(before: NotesOverlay, after: NotesOverlay): string[] {
  const changed: string[] = []
  for (const [id, count] of after.counts) {
    if (before.counts.get(id) !== count || before.text.get(id) !== after.text.get(id)) {
      changed.push(id)
    }
  }
  for (const id of before.counts.keys()) if (!after.counts.has(id)) changed.push(id)
  return changed
}
