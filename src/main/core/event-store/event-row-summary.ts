import type { EventSummary } from '../../../shared/store'
import type { EventRow } from '../timeline/timeline-queries'
import type { NotesOverlay } from './store-basics'

/** A list row of a timeline file's event, with how many notes the user has on it. */
export function toSummary(row: EventRow, notes: NotesOverlay): EventSummary {
  return {
    id: row.id,
    title: row.title,
    start: row.start,
    end: row.end,
    precision: row.precision,
    timeZone: row.timeZone,
    track: row.track,
    status: row.status,
    tags: row.tags,
    placeName: row.placeName,
    noteCount: notes.counts.get(row.id) ?? 0,
  }
}
