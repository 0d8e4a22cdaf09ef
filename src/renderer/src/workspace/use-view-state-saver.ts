import { useEffect } from 'react'
import type { EventQuery } from '../../../shared/store'
import type { ViewState } from '../../../shared/view-state'
import { api, unwrap } from '../api-client'
import type { VisibleRange } from '../timeline/timeline-view'

const VIEW_SAVE_DELAY_MS = 400

/** Saves at once a view still waiting for its delay; what the file commands call first. */
let savePending: (() => Promise<void>) | null = null

/**
 * Saves the view now if a save is waiting: "Save a copy" then carries the view as it is to the
 * copy (the main process hands the copy the view last saved for the timeline it copies).
 */
export function saveViewNow(): Promise<void> {
  const save = savePending
  savePending = null
  return save ? save() : Promise.resolve()
}

/**
 * Remembers the view (range, filters, selection) shortly after it settles. It is saved
 * quietly, but a failure to save it is said.
 */
export function useViewStateSaver(
  view: { range: VisibleRange | null; query: EventQuery; selectedId: string | null },
  timelineId: string,
  onFailure: (message: string) => void,
): void {
  const { range, query, selectedId } = view
  useEffect(() => {
    const save = () => {
      window.clearTimeout(timer)
      if (savePending === save) savePending = null
      const state: ViewState = {
        schemaVersion: 1,
        range: range ? { start: range.start.toISOString(), end: range.end.toISOString() } : null,
        query,
        selectedId,
        timelineId,
      }
      return unwrap(api.saveViewState(state)).then(
        () => undefined,
        (e: Error) => onFailure(`Your view could not be remembered: ${e.message}`),
      )
    }
    // save() says its own failure; nothing is left to catch.
    const timer = window.setTimeout(() => save().catch(() => undefined), VIEW_SAVE_DELAY_MS)
    savePending = save
    return () => {
      window.clearTimeout(timer)
      if (savePending === save) savePending = null
    }
  }, [range, query, selectedId, timelineId, onFailure])
}
