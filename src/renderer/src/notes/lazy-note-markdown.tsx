import { lazy, memo, Suspense } from 'react'

// The Markdown renderer is loaded the first time a note is shown, not at start-up.
const Markdown = lazy(() => import('./note-markdown').then((m) => ({ default: m.NoteMarkdown })))

/**
 * A note's Markdown; its plain text stands in while the renderer loads. Parsed again only when
 * its text changes: the details around it are drawn again after every edit and every answer,
 * and an event may carry tens of notes.
 */
export const NoteMarkdown = memo(function NoteMarkdown({ text }: { text: string }) {
  return (
    <Suspense fallback={<p className="note-markdown">{text}</p>}>
      <Markdown text={text} />
    </Suspense>
  )
})
