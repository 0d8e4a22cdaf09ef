import { startTransition, useEffect, useState } from 'react'
import { api } from '../api-client'

/**
 * Moves each time the main process says the user's notes changed. Only what shows note counts
 * or finds events by their notes (the timeline, the event list, orphaned notes) follows it, each
 * on its own: the rest of the workspace is not drawn again for a note. A transition, so the
 * panel that saved the note shows its answer first.
 */
export function useNotesVersion(): number {
  const [version, setVersion] = useState(0)
  useEffect(() => api.onNotesChanged(() => startTransition(() => setVersion((v) => v + 1))), [])
  return version
}

/** One version that moves with the data and with the notes (both only ever grow). */
export function useDataAndNotesVersion(dataVersion: number): number {
  return dataVersion + useNotesVersion()
}
