import { useCallback, useRef, useState } from 'react'
import type { Actor } from '../../../shared/model'
import type { TimelineInfo } from '../../../shared/timeline'
import { api, unwrap } from '../api-client'
import { setTimelineTracks } from '../timeline-tracks'
import type { Boot } from './boot'

/** What the panels show of the open timeline besides its events, and the data's version. */
export interface TimelineData {
  timeline: TimelineInfo
  actors: Actor[]
  tags: string[]
  /**
   * Changes after every change of the events, the tracks, actors and sources: the timeline,
   * the list, the details and History ask again when it does. One version for all, so no
   * panel can miss a kind of change. It only grows, and may skip a number (reserved for an
   * edit that was refused). The user's notes are not the timeline's data: what shows
   * them follows their own version (`useDataAndNotesVersion`).
   */
  version: number
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i])
}

/**
 * The open timeline's data as the panels share it. After an edit (or its undo or redo) the
 * tracks, actors and tags are read again before the version moves, so the redraw that follows
 * already has a lane for an event on a new track.
 */
export function useTimelineData(
  boot: Boot,
  onFailure: (message: string) => void,
): {
  data: TimelineData
  reserveVersion(): number
  timelineEdited(catalogueChanged: boolean, version: number): Promise<void>
} {
  const [data, setData] = useState<TimelineData>({
    timeline: boot.timeline,
    actors: boot.actors,
    tags: boot.tags,
    version: 0,
  })
  // Edits in quick succession: only the latest reading of the catalogue (or the tags) is kept.
  const readings = useRef(0)
  const lastVersion = useRef(0)
  /**
   * A version the data has not had yet, for an edit's answer: reserved when the edit is sent,
   * so the panels can ask ahead for what they will show at it.
   */
  const reserveVersion = useCallback(() => (lastVersion.current += 1), [])

  const readCatalogue = useCallback(async () => {
    const reading = ++readings.current
    const [timeline, actors, tags] = await Promise.all([
      unwrap(api.getTimeline()),
      unwrap(api.listActors()),
      unwrap(api.listTags()),
    ])
    if (reading !== readings.current) return null
    setTimelineTracks(timeline.tracks)
    return { timeline, actors, tags }
  }, [])

  /**
   * After an edit that changed tracks, actors or sources, they are read before the version
   * moves (an event on a new track needs its lane); after any other, the events are drawn at
   * once and only the tags (for the filter) are read after: the tracks and actors are as they
   * were, and reading them would only hold up what the panels ask for next. The data moves to
   * `version`, reserved for this edit (never back: edits are answered in the order sent).
   */
  const timelineEdited = useCallback(
    async (catalogueChanged: boolean, version: number) => {
      const failed = (e: unknown) =>
        onFailure(`The timeline could not be read again: ${(e as Error).message}`)
      if (!catalogueChanged) {
        const reading = ++readings.current
        setData((d) => ({ ...d, version: Math.max(d.version, version) }))
        unwrap(api.listTags()).then((tags) => {
          // Most edits leave the tags as they were: the filter is then not drawn again.
          if (reading === readings.current)
            setData((d) => (sameList(d.tags, tags) ? d : { ...d, tags }))
        }, failed)
        return
      }
      let read: Partial<TimelineData> | null = null
      try {
        read = await readCatalogue()
      } catch (e) {
        failed(e)
      }
      setData((d) => ({ ...d, ...read, version: Math.max(d.version, version) }))
    },
    [onFailure, readCatalogue],
  )

  return { data, reserveVersion, timelineEdited }
}
