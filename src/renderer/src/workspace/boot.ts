import { useEffect, useState } from 'react'
import type { Actor } from '../../../shared/model'
import type { StoreStatus } from '../../../shared/store'
import type { TimelineInfo } from '../../../shared/timeline'
import type { UserDataNotice } from '../../../shared/user-data'
import type { ViewState } from '../../../shared/view-state'
import { api, unwrap } from '../api-client'
import { setTimelineTracks } from '../timeline-tracks'

export interface Boot {
  timeline: TimelineInfo
  status: StoreStatus
  notices: UserDataNotice[]
  view: ViewState
  actors: Actor[]
  tags: string[]
}

/**
 * Asks for everything the first screen needs; the timeline waits for the remembered view.
 * Called before React first renders, so the core answers while React sets up.
 */
export function requestBoot(): Promise<Boot> {
  const request = Promise.all([
    unwrap(api.getTimeline()),
    unwrap(api.getStoreStatus()),
    unwrap(api.getUserDataNotices()),
    unwrap(api.getViewState()),
    unwrap(api.listActors()),
    unwrap(api.listTags()),
  ]).then(([timeline, status, notices, saved, actors, tags]) => {
    setTimelineTracks(timeline.tracks)
    document.title = `${timeline.title} — Diplomatic Timeline`
    // A view remembered of another timeline is not this one's.
    const view: ViewState =
      saved.timelineId === undefined || saved.timelineId === timeline.id
        ? saved
        : { schemaVersion: 1, range: null, query: {}, selectedId: null }
    return { timeline, status, notices, view, actors, tags }
  })
  // Its failure is shown by App, which takes it up only after React's first render.
  request.catch(() => undefined)
  return request
}

/** The boot request's answer once it has come, or why it failed. */
export function useBoot(request: Promise<Boot>): { boot: Boot | null; error: string | null } {
  const [boot, setBoot] = useState<Boot | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    request.then(setBoot, (e: Error) => setError(e.message))
  }, [request])
  return { boot, error }
}
