import { startTransition, useEffect, useState } from 'react'

/**
 * How long the data (or the notes) must stay unchanged before the panels that only follow them
 * read again. A change shows at once where the user made it; the re-reads it causes elsewhere
 * (each a search through up to hundreds of thousands of events) wait for a pause, instead of
 * being answered in the middle of the next change and holding up its answer. A person sees
 * them a quarter of a second later.
 */
const FOLLOW_UP_QUIET_MS = 250

/**
 * The data's version as the panels that only follow it see it (the event list, an event's
 * History, orphaned notes): it moves once the version has stayed unchanged for
 * `FOLLOW_UP_QUIET_MS`, as a transition. Undos made in a row each show at once on the timeline
 * (its window read ahead) and in the details (from the answer); the list and History are read
 * once, after the last.
 */
export function useSettledVersion(version: number): number {
  const [settled, setSettled] = useState(version)
  useEffect(() => {
    if (version === settled) return
    const timer = window.setTimeout(
      () => startTransition(() => setSettled(version)),
      FOLLOW_UP_QUIET_MS,
    )
    return () => window.clearTimeout(timer)
  }, [version, settled])
  return settled
}

/**
 * A version that moves once the changes `subscribe` reports have paused for
 * `FOLLOW_UP_QUIET_MS`, as a transition: the reports themselves draw nothing.
 */
export function useSettledChanges(subscribe: (changed: () => void) => () => void): number {
  const [version, setVersion] = useState(0)
  useEffect(() => {
    let timer = 0
    const stop = subscribe(() => {
      window.clearTimeout(timer)
      timer = window.setTimeout(
        () => startTransition(() => setVersion((v) => v + 1)),
        FOLLOW_UP_QUIET_MS,
      )
    })
    return () => {
      stop()
      window.clearTimeout(timer)
    }
  }, [subscribe])
  return version
}
