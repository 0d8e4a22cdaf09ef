import Markdown, { type Components } from 'react-markdown'
import { api, unwrap } from '../api-client'
import { NOTE_MARKDOWN_ELEMENTS, safeLinkTarget } from '../../../shared/note-markdown'
import { runAction } from '../failure-reports'

/**
 * The only way note Markdown reaches the screen. react-markdown builds React elements (no
 * innerHTML) from the subset in shared/note-markdown; links open in the system browser through
 * the contract, never in the app.
 */
const components: Components = {
  a: ({ href, children }) =>
    href ? (
      <a
        href={href}
        rel="noreferrer noopener"
        onClick={(event) => {
          event.preventDefault()
          runAction('Opening the link', () => unwrap(api.openExternal({ url: href })))
        }}
      >
        {children}
      </a>
    ) : (
      <span className="dead-link">{children}</span>
    ),
  // Headings inside a note stay below the panel's own headings.
  h1: ({ children }) => <p className="note-heading">{children}</p>,
  h2: ({ children }) => <p className="note-heading">{children}</p>,
  h3: ({ children }) => <p className="note-heading">{children}</p>,
  h4: ({ children }) => <p className="note-heading">{children}</p>,
}

export function NoteMarkdown({ text }: { text: string }) {
  return (
    <div className="note-markdown">
      <Markdown
        skipHtml
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
