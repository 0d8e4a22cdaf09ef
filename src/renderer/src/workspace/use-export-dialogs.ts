import { useCallback, useEffect, useState } from 'react'
import { api } from '../api-client'

/** Which data export dialog is open: events, or citations (of the filters, or of one event). */
export type ExportDialogRequest =
  { kind: 'events' } | { kind: 'citations'; event: { id: string; title: string } | null }

/** The open export dialog; File › Export events… and Export citations… open theirs too. */
export function useExportDialogs() {
  const [open, setOpen] = useState<ExportDialogRequest | null>(null)
  const openEvents = useCallback(() => setOpen({ kind: 'events' }), [])
  const openCitations = useCallback(
    (event: { id: string; title: string } | null = null) => setOpen({ kind: 'citations', event }),
    [],
  )
  const close = useCallback(() => setOpen(null), [])
  useEffect(() => {
    const unsubscribe = [
      api.onExportEventsRequested(openEvents),
      api.onExportCitationsRequested(() => openCitations()),
    ]
    return () => unsubscribe.forEach((stop) => stop())
  }, [openEvents, openCitations])
  return { open, openEvents, openCitations, close }
}
