import type { CitationFormat, EventsExportFormat } from '../../../shared/exports'
import type { EventQuery } from '../../../shared/store'
import { api, unwrap } from '../api-client'
import { ExportFileDialog, type FormatChoice, type ScopeChoice } from './export-file-dialog'

const EVENT_FORMATS: ReadonlyArray<FormatChoice<EventsExportFormat>> = [
  { value: 'json', label: 'JSON (the whole timeline, to import again)' },
  { value: 'csv', label: 'CSV (one row per claim, for spreadsheets)' },
]

const CITATION_FORMATS: ReadonlyArray<FormatChoice<CitationFormat>> = [
  { value: 'csl-json', label: 'CSL-JSON' },
  { value: 'bibtex', label: 'BibTeX' },
  { value: 'ris', label: 'RIS' },
]

function scopeOf(scope: ScopeChoice, query: EventQuery) {
  return scope === 'all' ? { kind: 'all' as const } : { kind: 'filtered' as const, query }
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

interface Props {
  query: EventQuery
  onDone(message: string): void
  onClose(): void
}

/** "Export events": the timeline, or what the filters show, as JSON or CSV. */
export function ExportEventsDialog({ query, onDone, onClose }: Props) {
  return (
    <ExportFileDialog
      title="Export events"
      formats={EVENT_FORMATS}
      onDone={onDone}
      onClose={onClose}
      onExport={async (format, scope) => {
        const saved = await unwrap(api.exportEvents({ format, scope: scopeOf(scope, query) }))
        if (!saved) return null
        const what = `${count(saved.eventCount, 'event', 'events')}, ${count(saved.claimCount, 'claim', 'claims')}`
        return `Saved ${saved.path} (${what}).`
      }}
    />
  )
}

/** "Export citations": the sources cited by the filters' events, every event, or one event. */
export function ExportCitationsDialog({
  query,
  event,
  onDone,
  onClose,
}: Props & { event: { id: string; title: string } | null }) {
  return (
    <ExportFileDialog
      title="Export citations"
      formats={CITATION_FORMATS}
      {...(event ? { subject: `The sources cited by “${event.title}”.` } : {})}
      onDone={onDone}
      onClose={onClose}
      onExport={async (format, scope) => {
        const request = event
          ? { format, scope: { kind: 'event' as const, eventId: event.id } }
          : { format, scope: scopeOf(scope, query) }
        const saved = await unwrap(api.exportCitations(request))
        if (!saved) return null
        const what = `${count(saved.itemCount, 'citation', 'citations')} for ${count(saved.claimCount, 'claim', 'claims')}`
        return `Saved ${saved.path} (${what}).`
      }}
    />
  )
}
