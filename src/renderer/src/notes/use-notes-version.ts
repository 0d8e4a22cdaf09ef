import { startTransition, useEffect, useState } from 'react'
import { api } from '../api-client'

/**
 * How long the notes must stay unchanged before what follows them reads again. Notes saved one
 * after another are each shown by their own panel at once; the re-reads they cause elsewhere (a
 * window of the timeline, a page of the list, the orphaned notes: each a search through up to
 * hundreds of thousands of events) wait for a pause, instead of being answered in the middle of
 * the next save and holding up its answer. A person sees a note's count on its chip a quarter
 * of a second after the note itself.
 */
const NOTES_QUIET_MS = 250

/**
 * Moves once the main process has said the user's notes changed and they have then stayed
 * unchanged for a moment (see `NOTES_QUIET_MS`). Only what shows note counts or finds events by
 * their notes (the timeline, the event list, orphaned notes) follows it, each on its own: the
 * rest of the workspace is not drawn again for a note. It moves as a transition, so drawing what
 * it brings never holds up what the user does meanwhile.
 */
export function useNotesVersion(): number {
  const [version, setVersion] = useState(0)
  useEffect(() => {
    let timer = 0
    const stop = api.onNotesChanged(() => {
      window.clearTimeout(timer)
      timer = window.setTimeout(
        () => startTransition(() => setVersion((v) => v + 1)),
        NOTES_QUIET_MS,
      )
    })
    return () => {
      stop()
      window.clearTimeout(timer)
    }
  }, [])
  return version
}

/** One version that moves with the data and with the notes (both only ever grow). */
export function useDataAndNotesVersion(dataVersion: number): number {
  return dataVersion + useNotesVersion()
}
