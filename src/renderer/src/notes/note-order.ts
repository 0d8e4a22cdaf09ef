import type { Annotation } from '../../../shared/annotations'

/** Newest first, as the main process lists them: by when written, then by id. */
function newestFirst(a: Annotation, b: Annotation): number {
  return b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id)
}

/**
 * The notes shown once a save is acknowledged: the note the main process answered with, in
 * its place, so the list needs no second round trip to show it.
 */
export function withSavedNote(notes: readonly Annotation[], saved: Annotation): Annotation[] {
  return [saved, ...notes.filter((note) => note.id !== saved.id)].sort(newestFirst)
}

/** The notes shown once a delete is acknowledged: all but the one the main process removed. */
export function withoutNote(notes: readonly Annotation[], removed: Annotation): Annotation[] {
  return notes.filter((note) => note.id !== removed.id)
}

/** Whether two lists show the same notes in the same order, each as last written. */
export function sameNotes(a: readonly Annotation[], b: readonly Annotation[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (note, i) =>
        note.id === b[i]!.id && note.updatedAt === b[i]!.updatedAt && note.text === b[i]!.text,
    )
  )
}
