import { useEffect, useState } from 'react'
import type { ImportProgress } from '../../../shared/import'
import { api, unwrap } from '../api-client'

/** How often the dialog asks how far a check or an import has got. */
const POLL_MS = 150

/**
 * Rows done of the total, while the component using it is shown: the import runs in a worker
 * of the main process, and notifications carry no data, so the dialog asks.
 */
export function useImportProgress(importId: string): ImportProgress | null {
  const [progress, setProgress] = useState<ImportProgress | null>(null)
  useEffect(() => {
    let stopped = false
    const ask = () => {
      unwrap(api.getImportProgress({ importId })).then(
        (answer) => !stopped && setProgress(answer),
        // A failed poll only leaves the bar where it was; the import reports its own outcome.
        () => undefined,
      )
    }
    ask()
    const timer = window.setInterval(ask, POLL_MS)
    return () => {
      stopped = true
      window.clearInterval(timer)
    }
  }, [importId])
  return progress
}
