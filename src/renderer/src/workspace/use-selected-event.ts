import { useLayoutEffect, useRef, useState } from 'react'
import type { EventDetail } from '../../../shared/store'
import { api, unwrap } from '../api-client'

/**
 * The selected event's details, fetched whenever the selection or the data changes. An event
 * shown before and no longer found was deleted (or its adding undone): `onGone` says so.
 */
export function useSelectedEvent(
  selectedId: string | null,
  dataVersion: number,
  onGone: () => void,
): {
  detail: EventDetail | null
  error: string | null
} {
  const [detail, setDetail] = useState<EventDetail | null>(null)
  const [error, setError] = useState<string | null>(null)
  const shownId = useRef<string | null>(null)
  // Asked for in the commit that changed the selection or the data, not after the next paint.
  useLayoutEffect(() => {
    if (!selectedId) return
    let current = true
    unwrap(api.getEvent({ id: selectedId }))
      .then((found) => {
        if (!current) return
        shownId.current = found.id
        setDetail(found)
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
  }, [selectedId, dataVersion, onGone])
  // Until the newly selected event's details come, none are shown.
  const shown = selectedId !== null && detail?.id === selectedId ? detail : null
  return { detail: shown, error }
}
