/**
 * Source documents kept inside a timeline: a copy of the article, statement or page a claim
 * was read in, with its SHA-256, so a reader can show what the source said when it was cited.
 */
import { z } from 'zod'
import { IdSchema } from './model'

/** The largest document a timeline keeps: above it, the user is told so before anything is read. */
export const DOCUMENT_MAX_BYTES = 200 * 1024 * 1024

/** What a document is attached to: a source, or one claim of an event. */
export const DocumentTargetSchema = z.union([
  z.strictObject({ sourceId: IdSchema }),
  z.strictObject({ eventId: IdSchema, claimId: IdSchema }),
])
export type DocumentTarget = z.infer<typeof DocumentTargetSchema>

export const StoredDocumentSchema = z.object({
  id: z.uuid(),
  target: DocumentTargetSchema,
  /** The file's name when it was attached. */
  name: z.string(),
  mediaType: z.string(),
  size: z.number().int().min(1),
  /** Lower-case hex. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  attachedAt: z.string(),
})
export type StoredDocument = z.infer<typeof StoredDocumentSchema>

/** What "Verify documents" found: every stored document hashed again. */
export const DocumentCheckSchema = z.object({
  checked: z.number().int(),
  changed: z.array(z.object({ id: z.uuid(), name: z.string() })),
  missing: z.array(z.object({ id: z.uuid(), name: z.string() })),
})
export type DocumentCheck = z.infer<typeof DocumentCheckSchema>
