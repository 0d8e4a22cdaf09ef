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
