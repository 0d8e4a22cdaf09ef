import { useCallback, useEffect, useState } from 'react'
import type { StoredDocument } from '../../../shared/documents'
import type { LinkView } from '../../../shared/links'
import { api, unwrap } from '../api-client'

export interface EventEvidence {
  /** The event's links, both directions; null until read. */
  links: LinkView[] | null
  /** The documents kept for its claims and the sources they cite; null until read. */
  documents: StoredDocument[] | null
  error: string | null
  /** Reads the documents again, after one was attached or removed here. */
  reloadDocuments(): Promise<void>
}

/**
 * An event's links and kept documents, read whenever the event or the timeline's data change
 * (a link made or removed is an edit, which changes the data).
 */
export function useEventEvidence(eventId: string, dataVersion: number): EventEvidence {
  const [links, setLinks] = useState<{ of: string; views: LinkView[] } | null>(null)
  const [documents, setDocuments] = useState<{ of: string; list: StoredDocument[] } | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let current = true
    Promise.all([
      unwrap(api.listEventLinks({ id: eventId })),
      unwrap(api.listDocuments({ eventId })),
    ])
      .then(([views, list]) => {
        if (!current) return
        setLinks({ of: eventId, views })
        setDocuments({ of: eventId, list })
        setError(null)
      })
      .catch((e: Error) => {
        if (current) setError(e.message)
      })
    return () => {
      current = false
    }
  }, [eventId, dataVersion])

  const reloadDocuments = useCallback(async () => {
    const list = await unwrap(api.listDocuments({ eventId }))
    setDocuments({ of: eventId, list })
  }, [eventId])

  return {
    links: links?.of === eventId ? links.views : null,
    documents: documents?.of === eventId ? documents.list : null,
    error,
    reloadDocuments,
  }
}
