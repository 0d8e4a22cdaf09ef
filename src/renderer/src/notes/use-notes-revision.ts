import { useEffect, useState } from 'react'
import { api } from '../api-client'

/**
 * Changes each time the main process says the user's notes changed. A panel that shows note
 * counts or filters on notes puts it in what it asks for, so it asks again then, and only then:
 * the panel that saved a note shows the saved note it was answered with, and tells no one.
 */
export function useNotesRevision(): number {
  const [revision, setRevision] = useState(0)
  useEffect(() => api.onNotesChanged(() => setRevision((r) => r + 1)), [])
  return revision
}
