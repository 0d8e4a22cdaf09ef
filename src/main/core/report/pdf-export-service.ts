import type { Annotation } from '../../../shared/annotations'
import type { StoredDocument } from '../../../shared/documents'
import type { TrackDefinition } from '../../../shared/model'
import type { PdfExportRequest } from '../../../shared/pdf-export'
import type { EventQuery } from '../../../shared/store'
import type { HostPorts } from '../../ports'
import type { AnnotationRepository } from '../annotations/annotation-repository'
import type { TimelineDocuments } from '../documents/timeline-documents'
import type { TimelineStore } from '../event-store/timeline-store'
import { writeExportFile } from '../export-file'
import { buildReportHtml, type ReportInput } from './build-report-html'
import { documentsBySource } from './report-documents'
import { loadReportFontCss } from './report-fonts'

/** The briefing's title: the timeline's own. */
export function reportTitle(timelineTitle: string): string {
  return `${timelineTitle}: timeline briefing`
}

function day(iso: string): string {
  return iso.slice(0, 10)
}

/** The filters of a query, in words, for the report's title block. */
export function describeFilters(
  query: EventQuery,
  tracks: readonly TrackDefinition[] = [],
): string[] {
  const labels = new Map(tracks.map((t) => [t.id, t.label]))
  const words: string[] = []
  if (query.text) words.push(`search “${query.text}”`)
  if (query.tracks) words.push(`tracks: ${query.tracks.map((t) => labels.get(t) ?? t).join(', ')}`)
  if (query.statuses) words.push(`status: ${query.statuses.join(', ')}`)
  if (query.actorIds) words.push(`actors: ${query.actorIds.join(', ')}`)
  if (query.tags) words.push(`tags: ${query.tags.join(', ')}`)
  if (query.from || query.to) words.push(`dates: ${query.from ?? '…'} to ${query.to ?? '…'}`)
  if (query.hasNotes) words.push('only events with my notes')
  return words
}

/** Gathers what the report covers; pure apart from reading the store and the notes. */
export async function gatherReport(
  request: PdfExportRequest,
  store: TimelineStore,
  notes: AnnotationRepository,
  generatedAt: Date,
  fontCss: string,
  timelineTitle: string,
  documents: TimelineDocuments | null = null,
): Promise<ReportInput> {
  const overlay = notes.overlay()
  const inView = request.scope === 'view'
  const query: EventQuery = inView
    ? {
        ...request.query,
        // The visible range narrows the query's own dates, never widens them.
        from: [request.query.from, request.range?.start].filter(Boolean).sort().at(-1),
        to: [request.query.to, request.range?.end].filter(Boolean).sort()[0],
      }
    : {}
  const summaries = await store.listEvents(query, overlay)
  const events = await Promise.all(summaries.map((summary) => store.getEvent(summary.id)))
  const tracks = await store.tracks()
  const links = new Map(
    await Promise.all(
      events.map(async (event) => [event.id, await store.links(event.id)] as const),
    ),
  )
  const kept = new Map<string, StoredDocument[]>()
  if (documents && request.includeSources) {
    const listed = events.map(async (event) => {
      const sources = event.claims.flatMap((c) => [c.source.id, ...(c.readIn ? [c.readIn.id] : [])])
      kept.set(event.id, await documents.list(event.id, [...new Set(sources)]))
    })
    await Promise.all(listed)
  }
  const annotations = new Map<string, Annotation[]>()
  if (request.includeNotes)
    for (const event of events) annotations.set(event.id, notes.forEvent(event.id))
  const scopeLabel = inView
    ? request.range
      ? `The visible range, ${day(request.range.start)} to ${day(request.range.end)}, with the current filters`
      : 'The current filters'
    : 'Every event in the store'
  return {
    events,
    tracks,
    annotations,
    links,
    documents: documentsBySource(events, kept),
    options: {
      title: reportTitle(timelineTitle),
      includeNotes: request.includeNotes,
      includeSources: request.includeSources,
      pageSize: request.pageSize,
      landscape: request.landscape,
      locale: request.locale,
      timeZone: request.timeZone,
    },
    scopeLabel,
    filters: inView ? describeFilters(request.query, tracks) : [],
    generatedAt,
    fontCss,
  }
}

/**
 * Asks where to save, builds the report, prints it through the host and writes it through a
 * temp file, so a failure leaves no partial PDF. Null when the user cancels.
 */
export async function exportPdf(
  request: PdfExportRequest,
  deps: {
    store: TimelineStore
    notes: AnnotationRepository
    ports: HostPorts
    timelineTitle: string
    /** The timeline's kept documents, for the source list; none for the sample. */
    documents?: TimelineDocuments | null
  },
): Promise<{ path: string; eventCount: number; bytes: number } | null> {
  const { ports } = deps
  const path = await ports.chooseSavePath(`timeline-${ports.now().toISOString().slice(0, 10)}.pdf`)
  if (path === null) return null
  const input = await gatherReport(
    request,
    deps.store,
    deps.notes,
    ports.now(),
    await loadReportFontCss(),
    deps.timelineTitle,
    deps.documents ?? null,
  )
  const html = buildReportHtml(input)
  const pdf = await ports.printHtmlToPdf(html, {
    pageSize: request.pageSize,
    landscape: request.landscape,
  })
  await writeExportFile(path, pdf)
  return { path, eventCount: input.events.length, bytes: pdf.byteLength }
}
