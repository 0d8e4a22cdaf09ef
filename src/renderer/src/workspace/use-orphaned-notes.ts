import { useEffect, useState } from 'react'
import type { Annotation } from '../../../shared/annotations'
import { api, unwrap } from '../api-client'
import { useNotesRevision } from '../notes/use-notes-revision'

/** Notes whose event has left the store, asked again whenever the main process says notes changed. */
export function useOrphanedNotes(onFailure: (message: string) => void): Annotation[] {
  const notesRevision = useNotesRevision()
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
  }, [notesRevision, onFailure])
  return orphans
}
