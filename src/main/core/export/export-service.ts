import {
  EXPORT_EXTENSIONS,
  type CitationsExportRequest,
  type CitationsExportResult,
  type EventsExportRequest,
  type EventsExportResult,
} from '../../../shared/exports'
import { slugOf } from '../../../shared/slug'
import type { TimelineInfo } from '../../../shared/timeline'
import type { HostPorts } from '../../ports'
import type { AnnotationRepository } from '../annotations/annotation-repository'
import { writeExportFile } from '../export-file'
import type { TimelineExports } from './timeline-exports'

/** What an export needs of the open timeline and the host. */
export interface ExportDeps {
  info: TimelineInfo
  exports: TimelineExports
  notes: AnnotationRepository
  ports: Pick<HostPorts, 'chooseSavePath'>
}

/**
 * Asks where to save, builds the file where the timeline's store is (its own thread for a
 * timeline file), and writes it whole and verified: a short write or a full disk is an error
 * the user reads, never "Saved". Null when the user cancels the save dialog.
 */
export async function exportEvents(
  request: EventsExportRequest,
  deps: ExportDeps,
): Promise<EventsExportResult> {
  const name = `${slugOf(deps.info.title, 'timeline')}-events${EXPORT_EXTENSIONS[request.format]}`
  const path = await deps.ports.chooseSavePath(name)
  if (path === null) return null
  const { title, description } = deps.info
  const file = await deps.exports.eventsFile(request, { title, description }, deps.notes.overlay())
  await writeExportFile(path, file.bytes)
  return { path, eventCount: file.eventCount, claimCount: file.claimCount }
}

/** The same for the sources the filter's events, every event or one event cite. */
export async function exportCitations(
  request: CitationsExportRequest,
  deps: ExportDeps,
): Promise<CitationsExportResult> {
  const { scope } = request
  const subject = scope.kind === 'event' ? scope.eventId : slugOf(deps.info.title, 'timeline')
  const path = await deps.ports.chooseSavePath(
    `${subject}-citations${EXPORT_EXTENSIONS[request.format]}`,
  )
  if (path === null) return null
  const file = await deps.exports.citationsFile(request, deps.notes.overlay())
  await writeExportFile(path, file.bytes)
  return { path, itemCount: file.itemCount, claimCount: file.claimCount }
}
