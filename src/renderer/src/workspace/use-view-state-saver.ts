import { useEffect } from 'react'
import type { EventQuery } from '../../../shared/store'
import type { ViewState } from '../../../shared/view-state'
import { api, unwrap } from '../api-client'
import type { VisibleRange } from '../timeline/timeline-view'

const VIEW_SAVE_DELAY_MS = 400

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
    const timer = window.setTimeout(() => {
      const state: ViewState = {
        schemaVersion: 1,
        range: range ? { start: range.start.toISOString(), end: range.end.toISOString() } : null,
        query,
        selectedId,
        timelineId,
      }
      unwrap(api.saveViewState(state)).catch((e: Error) =>
        onFailure(`Your view could not be remembered: ${e.message}`),
      )
    }, VIEW_SAVE_DELAY_MS)
    return () => window.clearTimeout(timer)
  }, [range, query, selectedId, timelineId, onFailure])
}
