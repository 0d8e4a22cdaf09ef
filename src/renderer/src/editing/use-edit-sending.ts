import { useCallback, useRef } from 'react'
import type { EditOutcome } from '../../../shared/edits'
import type { ApiResult } from '../../../shared/result'
import { unwrap } from '../api-client'

/** How long an edit's answer waits for its window before it is shown without it. */
const WINDOW_WAIT_MS = 200

/** Sends an edit (the call already made) and resolves with its outcome once it is on disk. */
export type SendEdit = (answer: Promise<ApiResult<EditOutcome>>) => Promise<EditOutcome>

/**
 * The version of the data each edit brings, reserved as it is sent. Right behind the edit the
 * timeline asks for its window as it will be at that version: the core answers in the order it
 * is asked, so the window comes back with the edit's answer, instead of being asked for only
 * once that answer has come (a second round trip on the way to the drawn edit). An edit sent
 * some other way gets its version when it is answered.
 */
export function useEditSending(
  reserveVersion: () => number,
  readAhead: (version: number) => Promise<void>,
): { send: SendEdit; versionOf(outcome: EditOutcome): number } {
  const versions = useRef(new WeakMap<EditOutcome, number>())
  const send = useCallback<SendEdit>(
    async (answer) => {
      const version = reserveVersion()
      const ahead = readAhead(version)
      const outcome = await unwrap(answer)
      // Shown with its window, which comes right behind it: drawn in one go, not in two. A
      // window slow to come (or never) does not hold up what the edit's answer shows.
      await Promise.race([ahead, new Promise((resolve) => setTimeout(resolve, WINDOW_WAIT_MS))])
      versions.current.set(outcome, version)
      return outcome
    },
    [reserveVersion, readAhead],
  )
  const versionOf = useCallback(
    (outcome: EditOutcome) => versions.current.get(outcome) ?? reserveVersion(),
    [reserveVersion],
  )
  return { send, versionOf }
}
