/** The user's own notes on events: their work, stored apart from the bundled data. */
import { z } from 'zod'
import { IdSchema } from './model'

export const NOTE_TEXT_MAX = 20_000

export const NoteTextSchema = z
  .string()
  .max(NOTE_TEXT_MAX, `a note can be at most ${NOTE_TEXT_MAX} characters`)
  .refine((text) => text.trim().length > 0, 'a note cannot be empty')

export const AnnotationSchema = z.strictObject({
  id: z.uuid(),
  eventId: IdSchema,
  /** The event's title when the note was written, so a note outlives its event. */
  eventTitle: z.string().max(300),
  /** Markdown. */
  text: NoteTextSchema,
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
})
export type Annotation = z.infer<typeof AnnotationSchema>

export const ANNOTATIONS_SCHEMA_VERSION = 1

export const AnnotationsDocumentSchema = z.strictObject({
  schemaVersion: z.literal(ANNOTATIONS_SCHEMA_VERSION),
  annotations: z.array(AnnotationSchema).max(200_000),
})
export type AnnotationsDocument = z.infer<typeof AnnotationsDocumentSchema>

/** The file "Export my notes" writes and "Import notes" reads. */
export const NotesExportSchema = z.strictObject({
  format: z.literal('diplomatic-timeline-notes'),
  schemaVersion: z.literal(ANNOTATIONS_SCHEMA_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  annotations: z.array(AnnotationSchema).max(200_000),
})
export type NotesExport = z.infer<typeof NotesExportSchema>
