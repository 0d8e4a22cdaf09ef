import { startTransition, useEffect, useState } from 'react'
import { api } from '../api-client'

/**
 * Moves each time the main process says the user's notes changed. Only what shows note counts
 * or finds events by their notes (the timeline, the event list, orphaned notes) follows it, each
 * on its own: the rest of the workspace is not drawn again for a note. It moves once the next
 * frame is painted (a task queued from a frame's callbacks runs after that frame), and as a
 * transition: the panel that saved the note shows its answer in a frame of its own, which the
 * timeline's and the list's new answers, coming in meanwhile, no longer hold up.
 */
export function useNotesVersion(): number {
  const [version, setVersion] = useState(0)
  useEffect(() => {
    let frame = 0
    let timer = 0
    const stop = api.onNotesChanged(() => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => {
        timer = window.setTimeout(() => startTransition(() => setVersion((v) => v + 1)), 0)
      })
    })
    return () => {
      stop()
      cancelAnimationFrame(frame)
      window.clearTimeout(timer)
    }
  }, [])
  return version
}

/** One version that moves with the data and with the notes (both only ever grow). */
export function useDataAndNotesVersion(dataVersion: number): number {
  return dataVersion + useNotesVersion()
}
