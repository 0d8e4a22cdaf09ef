import { lazy, memo, Suspense, type ComponentType } from 'react'
import type * as NoteMarkdownModule from './note-markdown'

type Renderer = ComponentType<{ text: string }>
type RendererModule = typeof NoteMarkdownModule

/** The renderer once its module has loaded: drawn directly from then on (see `NoteMarkdown`). */
let loaded: Renderer | null = null
let loading: Promise<RendererModule> | null = null
const load = () =>
  (loading ??= import('./note-markdown').then((m) => {
    loaded = m.NoteMarkdown
    return m
  }))

// The Markdown renderer is not loaded at start-up, but once the app is idle after it (see
// `preloadNoteMarkdown`), or the first time a note is shown, whichever comes first.
const Markdown = lazy(() => load().then((m) => ({ default: m.NoteMarkdown })))

/** Loads the Markdown renderer; settles once a note can be drawn with it directly. */
export function loadNoteMarkdown(): Promise<RendererModule> {
  return load().catch((error: unknown) => {
    loading = null
    throw error
  })
}

/**
 * Loads the Markdown renderer ahead, once the app is drawn and idle, and runs it once: evaluated
 * the first time a note is shown instead, it held the page for 10–30 ms, in the middle of the
 * next note's save.
 */
export function preloadNoteMarkdown(): void {
  loadNoteMarkdown()
    .then((m) => m.warmUpNoteMarkdown())
    .catch(() => {
      // Tried again the first time a note is shown.
    })
}

/**
 * A note's Markdown. While the renderer loads (a note shown as the page opens, after "Save a
 * copy" or at start), its text keeps the note's room but is not shown: shown, it flashed as raw
 * Markdown ("**bold**") before it was rendered. Once loaded, it is drawn without `lazy`: a lazy
 * component suspends the first time it is drawn even when its module is there, and React holds
 * content that follows a fallback back for 300 ms, so the first note saved in a session stayed
 * blank for a third of a second. Parsed again only when its text changes: the details around
 * it are drawn again after every edit and every answer, and an event may carry tens of notes.
 */
export const NoteMarkdown = memo(function NoteMarkdown({ text }: { text: string }) {
  if (loaded) {
    const Loaded = loaded
    return <Loaded text={text} />
  }
  return (
    <Suspense fallback={<p className="note-markdown loading">{text}</p>}>
      <Markdown text={text} />
    </Suspense>
  )
})
