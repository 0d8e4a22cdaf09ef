import { useLayoutEffect, useRef, useState } from 'react'
import type { EventDetail } from '../../../shared/store'
import { api, unwrap } from '../api-client'

/** An event's details as they were at a version of the data. */
export interface KnownDetail {
  version: number
  detail: EventDetail
}

/**
 * The selected event's details, fetched whenever the selection or the data changes, unless
 * `known` (an edit's answer brings the event it saved) already has them for this version.
 * An event shown before and no longer found was deleted (or its adding undone): `onGone`
 * says so.
 */
export function useSelectedEvent(
  selectedId: string | null,
  dataVersion: number,
  onGone: () => void,
  known: KnownDetail | null = null,
): {
  detail: EventDetail | null
  error: string | null
} {
  const [fetched, setFetched] = useState<KnownDetail | null>(null)
  const [error, setError] = useState<string | null>(null)
  const shownId = useRef<string | null>(null)
  const knownNow = known !== null && known.version === dataVersion && known.detail.id === selectedId
  // Asked for in the commit that changed the selection or the data, not after the next paint.
  useLayoutEffect(() => {
    if (!selectedId) return
    if (knownNow) {
      shownId.current = selectedId
      return
    }
    let current = true
    unwrap(api.getEvent({ id: selectedId }))
      .then((found) => {
        if (!current) return
        shownId.current = found.id
        setFetched({ version: dataVersion, detail: found })
        setError(null)
      })
      .catch((e: Error) => {
        if (!current) return
        if (shownId.current === selectedId) {
          shownId.current = null
          onGone()
        } else setError(e.message)
      })
    return () => {
      current = false
    }
  }, [selectedId, dataVersion, onGone, knownNow])
  // The newest details of the selected event; until some come, none are shown.
  let shown: KnownDetail | null = null
  for (const candidate of [fetched, known]) {
    if (candidate?.detail.id !== selectedId) continue
    if (!shown || candidate.version > shown.version) shown = candidate
  }
  return { detail: shown?.detail ?? null, error: knownNow ? null : error }
}
