import {
  ANNOTATIONS_SCHEMA_VERSION,
  NotesExportSchema,
  type Annotation,
  type NotesExport,
} from '../../../shared/annotations'
import { formatJsonPath } from '../event-store/json-path'

export class NotesImportError extends Error {}

/** The export file: every note, with the event's current title beside its id. */
export function buildNotesExport(
  annotations: Annotation[],
  currentTitle: (eventId: string) => string | undefined,
  now: Date,
): NotesExport {
  return {
    format: 'diplomatic-timeline-notes',
    schemaVersion: ANNOTATIONS_SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    annotations: annotations.map((a) => ({
      ...a,
      eventTitle: currentTitle(a.eventId) ?? a.eventTitle,
    })),
  }
}

/** Reads an export file; a bad one is refused whole, naming the file and the field. */
export function parseNotesImport(text: string, fileName: string): NotesExport {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch (error) {
    throw new NotesImportError(
      `${fileName} is not valid JSON (${(error as Error).message}); nothing was imported.`,
    )
  }
  const parsed = NotesExportSchema.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = formatJsonPath(issue?.path ?? [])
    throw new NotesImportError(
      `${fileName} is not a notes export: ${where}: ${issue?.message ?? 'invalid'}; nothing was imported.`,
    )
  }
  return parsed.data
}
