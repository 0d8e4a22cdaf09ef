import Markdown, { type Components } from 'react-markdown'
import { NOTE_MARKDOWN_ELEMENTS, safeLinkTarget } from '../../../shared/note-markdown'

/** Headings inside a note stay below the report's own headings; links stay plain links. */
const components: Components = {
  a: ({ href, children }) => (href ? <a href={href}>{children}</a> : <span>{children}</span>),
  h1: ({ children }) => <p className="note-heading">{children}</p>,
  h2: ({ children }) => <p className="note-heading">{children}</p>,
  h3: ({ children }) => <p className="note-heading">{children}</p>,
  h4: ({ children }) => <p className="note-heading">{children}</p>,
}

/**
 * A user's note in the report, rendered from the same Markdown subset as in the app, by the
 * same library: React elements only, no images, only http(s) links. Raw HTML in a note is
 * printed as the text the user typed, as the report has always printed it.
 */
export function ReportNoteMarkdown({ text }: { text: string }) {
  return (
    <div className="my-note-text">
      <Markdown
        allowedElements={NOTE_MARKDOWN_ELEMENTS}
        unwrapDisallowed
        urlTransform={safeLinkTarget}
        components={components}
      >
        {text}
      </Markdown>
    </div>
  )
}
