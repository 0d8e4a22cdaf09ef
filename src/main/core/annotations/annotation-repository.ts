import { randomUUID } from 'node:crypto'
import type { Annotation, NotesExport } from '../../../shared/annotations'
import type { NotesOverlay } from '../event-store/event-store'
import { normalizeText } from '../event-store/normalize-text'
import type { UserDatabase } from '../user-data/user-database'

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
 * The user's notes on the events of one timeline, kept in the per-user database. Every change
 * is one transaction committed with a full sync; the in-memory copy changes only after the
 * commit returns, so what the UI is told is saved is exactly what a restart will read.
 */
export class AnnotationRepository {
  /** Bumped on every change, so caches keyed on the notes know when to let go. */
  private changes = 0
  private cachedOverlay: NotesOverlay | null = null
  private annotations: Annotation[]

  constructor(
    private readonly db: UserDatabase,
    readonly timelineId: string,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.annotations = db.notesOf(timelineId)
  }

  all(): Annotation[] {
    return [...this.annotations].sort(newestFirst)
  }

  forEvent(eventId: string): Annotation[] {
    return this.annotations.filter((a) => a.eventId === eventId).sort(newestFirst)
  }

  /**
   * What the event store needs of the notes (counts, folded text, a version), built once per
   * change rather than on every window, page or step the timeline asks for.
   */
  overlay(): NotesOverlay {
    if (!this.cachedOverlay) {
      const counts = new Map<string, number>()
      const text = new Map<string, string>()
      for (const a of this.annotations) {
        counts.set(a.eventId, (counts.get(a.eventId) ?? 0) + 1)
        text.set(a.eventId, `${text.get(a.eventId) ?? ''}\n${normalizeText(a.text)}`)
      }
      this.cachedOverlay = { counts, text, version: this.changes }
    }
    return this.cachedOverlay
  }

  async add(eventId: string, eventTitle: string, text: string): Promise<Annotation> {
    const stamp = this.now().toISOString()
    const created: Annotation = {
      id: randomUUID(),
      eventId,
      eventTitle,
      text,
      createdAt: stamp,
      updatedAt: stamp,
    }
    return this.change(
      () => this.db.insertNotes(this.timelineId, [created]),
      [...this.annotations, created],
    ).then(() => created)
  }

  async update(id: string, text: string): Promise<Annotation> {
    const existing = this.find(id)
    const updated = { ...existing, text, updatedAt: this.now().toISOString() }
    return this.change(
      () => this.db.updateNote(this.timelineId, updated),
      this.annotations.map((a) => (a.id === id ? updated : a)),
    ).then(() => updated)
  }

  async remove(id: string): Promise<Annotation> {
    const existing = this.find(id)
    return this.change(
      () => this.db.deleteNote(this.timelineId, id),
      this.annotations.filter((a) => a.id !== id),
    ).then(() => existing)
  }

  /** Puts a deleted note back exactly as it was (Undo). */
  async restore(annotation: Annotation): Promise<Annotation> {
    if (this.annotations.some((a) => a.id === annotation.id)) {
      return Promise.reject(new Error('This note is already there.'))
    }
    return this.change(
      () => this.db.insertNotes(this.timelineId, [annotation]),
      [...this.annotations, annotation],
    ).then(() => annotation)
  }

  /** Merges an export back in, in one transaction: nothing duplicated, nothing lost. */
  async importNotes(exported: NotesExport): Promise<ImportSummary> {
    const byId = new Map(this.annotations.map((a) => [a.id, a]))
    const contents = new Set(this.annotations.map(contentKey))
    const added: Annotation[] = []
    const summary: ImportSummary = { added: 0, keptSideBySide: 0, unchanged: 0 }
    for (const incoming of exported.annotations) {
      if (contents.has(contentKey(incoming))) {
        summary.unchanged += 1
        continue
      }
      const note = byId.has(incoming.id) ? { ...incoming, id: randomUUID() } : incoming
      if (note === incoming) summary.added += 1
      else summary.keptSideBySide += 1
      added.push(note)
      byId.set(note.id, note)
      contents.add(contentKey(note))
    }
    return this.change(
      () => this.db.insertNotes(this.timelineId, added, 'the import of your notes'),
      [...this.annotations, ...added],
    ).then(() => summary)
  }

  private find(id: string): Annotation {
    const existing = this.annotations.find((a) => a.id === id)
    if (!existing) throw new AnnotationNotFoundError(`No note with id "${id}".`)
    return existing
  }

  /** Commits a change, then (and only then) takes its result as the notes in memory. */
  private change(write: () => void, next: Annotation[]): Promise<void> {
    try {
      write()
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)))
    }
    this.annotations = next
    this.cachedOverlay = null
    this.changes += 1
    return Promise.resolve()
  }
}
