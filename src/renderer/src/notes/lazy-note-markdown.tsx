import { lazy, Suspense } from 'react'

// The Markdown renderer is loaded the first time a note is shown, not at start-up.
const Markdown = lazy(() => import('./note-markdown').then((m) => ({ default: m.NoteMarkdown })))

/** A note's Markdown; its plain text stands in while the renderer loads. */
export function NoteMarkdown({ text }: { text: string }) {
  return (
    <Suspense fallback={<p className="note-markdown">{text}</p>}>
      <Markdown text={text} />
    </Suspense>
  )
}
