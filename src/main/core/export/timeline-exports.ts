import { doorAskingWith, doorInThisThread, type Door } from '../event-store/thread-door'
import type { TimelineExporter } from './timeline-exporter'

export const EXPORT_METHODS = ['eventsFile', 'citationsFile'] as const
export type ExportMethod = (typeof EXPORT_METHODS)[number]

/** Where each method takes the user's notes overlay (filters can match the user's notes). */
export const EXPORT_NOTES_AT: Record<ExportMethod, number> = { eventsFile: 2, citationsFile: 1 }

/** A timeline's exporter seen through a promise-based door, in whichever thread its store is. */
export type TimelineExports = Door<TimelineExporter, ExportMethod>

export function exportsAskingWith(
  ask: (method: ExportMethod) => (...args: unknown[]) => Promise<unknown>,
): TimelineExports {
  return doorAskingWith<TimelineExporter, ExportMethod>(EXPORT_METHODS, ask)
}

export function exportsInThisThread(exporter: TimelineExporter): TimelineExports {
  return doorInThisThread(exporter, EXPORT_METHODS)
}
