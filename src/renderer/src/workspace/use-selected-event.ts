import { useEffect, useState } from 'react'
import type { EventDetail } from '../../../shared/store'
import { api, unwrap } from '../api-client'

/** The selected event's details, fetched whenever the selection changes. */
export function useSelectedEvent(selectedId: string | null): {
  detail: EventDetail | null
  error: string | null
} {
  const [detail, setDetail] = useState<EventDetail | null>(null)
  const [error, setError] = useState<string | null>(null)
  useEffect(() => {
    if (!selectedId) return
    let current = true
    unwrap(api.getEvent({ id: selectedId }))
      .then((found) => {
        if (current) {
          setDetail(found)
          setError(null)
        }
      })
      .catch((e: Error) => {
        if (current) setError(e.message)
      })
    return () => {
      current = false
    }
  }, [selectedId])
  // Until the newly selected event's details come, none are shown.
  const shown = selectedId !== null && detail?.id === selectedId ? detail : null
  return { detail: shown, error }
}
