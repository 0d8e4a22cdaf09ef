import { useEffect, useState } from 'react'
import type { Annotation } from '../../../shared/annotations'
import { api, unwrap } from '../api-client'

/** Notes whose event has left the store, asked again whenever the data or the notes change. */
export function useOrphanedNotes(
  dataVersion: number,
  onFailure: (message: string) => void,
): Annotation[] {
  const [orphans, setOrphans] = useState<Annotation[]>([])
  useEffect(() => {
    let current = true
    unwrap(api.listOrphanedAnnotations())
      .then((found) => {
        if (current) setOrphans(found)
      })
      .catch((e: Error) => {
        if (current) onFailure(e.message)
      })
    return () => {
      current = false
    }
  }, [dataVersion, onFailure])
  return orphans
}
