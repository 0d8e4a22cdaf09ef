import { lazy, memo, Suspense, type ComponentType } from 'react'

type Renderer = { default: ComponentType<{ text: string }> }

let loading: Promise<Renderer> | null = null
const load = () =>
  (loading ??= import('./note-markdown').then((m) => ({ default: m.NoteMarkdown })))

// The Markdown renderer is not loaded at start-up, but once the app is idle after it (see
// `preloadNoteMarkdown`), or the first time a note is shown, whichever comes first.
const Markdown = lazy(load)

/**
 * Loads the Markdown renderer ahead, once the app is drawn and idle: evaluated the first time a
 * note is shown instead, it held the page for 10–30 ms, in the middle of the next note's save.
 */
export function preloadNoteMarkdown(): void {
  load().catch(() => {
    // Tried again the first time a note is shown.
    loading = null
  })
}

/**
 * A note's Markdown. While the renderer loads (a note shown as the page opens, after "Save a
 * copy" or at start), its text keeps the note's room but is not shown: shown, it flashed as raw
 * Markdown ("**bold**") before it was rendered. Parsed again only when its text changes: the
 * details around it are drawn again after every edit and every answer, and an event may carry
 * tens of notes.
 */
export const NoteMarkdown = memo(function NoteMarkdown({ text }: { text: string }) {
  return (
    <Suspense fallback={<p className="note-markdown loading">{text}</p>}>
      <Markdown text={text} />
    </Suspense>
  )
})
