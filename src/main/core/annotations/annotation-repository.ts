import { randomUUID } from 'node:crypto'
import {
  ANNOTATIONS_SCHEMA_VERSION,
  AnnotationsDocumentSchema,
  type Annotation,
  type AnnotationsDocument,
  type NotesExport,
} from '../../../shared/annotations'
import type { UserDataNotice } from '../../../shared/user-data'
import type { NotesOverlay } from '../event-store/event-store'
import { normalizeText } from '../event-store/normalize-text'
import { DurableJsonFile } from '../user-data/durable-json-file'

export const ANNOTATIONS_FILE = 'annotations.json'

export class AnnotationNotFoundError extends Error {}

export interface ImportSummary {
  added: number
  /** Same id, different text: both kept, the imported one under a new id. */
  keptSideBySide: number
  unchanged: number
}

/** Two notes are the same note when they say the same thing about the same event. */
const contentKey = (a: Annotation) => `${a.eventId}\u0000${a.createdAt}\u0000${a.text}`

const newestFirst = (a: Annotation, b: Annotation) =>
  b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id)

/**
 * The user's notes on events. Every change is one durable write of the whole document, run
 * one at a time; the in-memory copy changes only after the write is on disk, so what the UI
 * is told is saved is exactly what a restart will read.
 */
export class AnnotationRepository {
  private chain: Promise<unknown> = Promise.resolve()
  /** Bumped on every change, so caches keyed on the notes know when to let go. */
  private changes = 0
  private cachedOverlay: NotesOverlay | null = null

  private constructor(
    private readonly file: DurableJsonFile<AnnotationsDocument>,
    private document: AnnotationsDocument,
    readonly notice: UserDataNotice | null,
    private readonly now: () => Date,
  ) {}

  static async open(userDataDir: string, now: () => Date = () => new Date()) {
    const file = new DurableJsonFile<AnnotationsDocument>(
      userDataDir,
      {
        fileName: ANNOTATIONS_FILE,
        description: 'your notes',
        currentVersion: ANNOTATIONS_SCHEMA_VERSION,
        migrations: {},
        schema: AnnotationsDocumentSchema,
        empty: () => ({ schemaVersion: ANNOTATIONS_SCHEMA_VERSION, annotations: [] }),
      },
      now,
    )
    const { value, notice } = await file.load()
    return new AnnotationRepository(file, value, notice, now)
  }

  all(): Annotation[] {
    return [...this.document.annotations].sort(newestFirst)
  }

  forEvent(eventId: string): Annotation[] {
    return this.document.annotations.filter((a) => a.eventId === eventId).sort(newestFirst)
  }

  /**
   * What the event store needs of the notes (counts, folded text, a version), built once per
   * change rather than on every window, page or step the timeline asks for.
   */
  overlay(): NotesOverlay {
    if (!this.cachedOverlay) {
      const counts = new Map<string, number>()
      const text = new Map<string, string>()
      for (const a of this.document.annotations) {
        counts.set(a.eventId, (counts.get(a.eventId) ?? 0) + 1)
        text.set(a.eventId, `${text.get(a.eventId) ?? ''}\n${normalizeText(a.text)}`)
      }
      this.cachedOverlay = { counts, text, version: this.changes }
    }
    return this.cachedOverlay
  }

  add(eventId: string, eventTitle: string, text: string): Promise<Annotation> {
    return this.mutate((annotations) => {
      const stamp = this.now().toISOString()
      const created: Annotation = {
        id: randomUUID(),
        eventId,
        eventTitle,
        text,
        createdAt: stamp,
        updatedAt: stamp,
      }
      return { annotations: [...annotations, created], result: created }
    })
  }

  update(id: string, text: string): Promise<Annotation> {
    return this.mutate((annotations) => {
      const existing = annotations.find((a) => a.id === id)
      if (!existing) throw new AnnotationNotFoundError(`No note with id "${id}".`)
      const updated = { ...existing, text, updatedAt: this.now().toISOString() }
      return { annotations: annotations.map((a) => (a.id === id ? updated : a)), result: updated }
    })
  }

  remove(id: string): Promise<Annotation> {
    return this.mutate((annotations) => {
      const existing = annotations.find((a) => a.id === id)
      if (!existing) throw new AnnotationNotFoundError(`No note with id "${id}".`)
      return { annotations: annotations.filter((a) => a.id !== id), result: existing }
    })
  }

  /** Puts a deleted note back exactly as it was (Undo). */
  restore(annotation: Annotation): Promise<Annotation> {
    return this.mutate((annotations) => {
      if (annotations.some((a) => a.id === annotation.id)) {
        throw new Error('This note is already there.')
      }
      return { annotations: [...annotations, annotation], result: annotation }
    })
  }

  /** Merges an export back in, in one write: nothing duplicated, nothing lost. */
  importNotes(exported: NotesExport): Promise<ImportSummary> {
    return this.mutate((annotations) => {
      const byId = new Map(annotations.map((a) => [a.id, a]))
      const contents = new Set(annotations.map(contentKey))
      const merged = [...annotations]
      const summary: ImportSummary = { added: 0, keptSideBySide: 0, unchanged: 0 }
      for (const incoming of exported.annotations) {
        if (contents.has(contentKey(incoming))) {
          summary.unchanged += 1
          continue
        }
        const note = byId.has(incoming.id) ? { ...incoming, id: randomUUID() } : incoming
        if (note === incoming) summary.added += 1
        else summary.keptSideBySide += 1
        merged.push(note)
        byId.set(note.id, note)
        contents.add(contentKey(note))
      }
      return { annotations: merged, result: summary }
    })
  }

  private mutate<R>(
    change: (annotations: Annotation[]) => { annotations: Annotation[]; result: R },
  ): Promise<R> {
    const run = this.chain.then(async () => {
      const { annotations, result } = change(this.document.annotations)
      const next: AnnotationsDocument = { schemaVersion: ANNOTATIONS_SCHEMA_VERSION, annotations }
      await this.file.save(next)
      this.document = next
      this.cachedOverlay = null
      this.changes += 1
      return result
    })
    this.chain = run.catch(() => undefined)
    return run
  }
}
