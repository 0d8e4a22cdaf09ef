import Markdown, { type Components, type Options } from 'react-markdown'
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

const options: Readonly<Options> = {
  skipHtml: true,
  allowedElements: NOTE_MARKDOWN_ELEMENTS,
  unwrapDisallowed: true,
  urlTransform: safeLinkTarget,
  components,
}

export function NoteMarkdown({ text }: { text: string }) {
  return (
    <div className="note-markdown">
      <Markdown {...options}>{text}</Markdown>
    </div>
  )
}

/**
 * Parses a sample note once, for nothing, while the app is idle: the parser's first run, on
 * code the engine has not compiled yet, took 5–10 ms, and fell in the save of the first note
 * of the session, between its answer and the frame that shows it.
 */
export function warmUpNoteMarkdown(): void {
  Markdown({ ...options, children: 'A **firm** denial, _later_ withdrawn.\n\n- one\n- two' })
}
