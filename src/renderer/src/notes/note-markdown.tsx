import Markdown, { type Components } from 'react-markdown'
import { api, unwrap } from '../api-client'
import { runAction } from '../failure-reports'

/**
 * The only way note Markdown reaches the screen. react-markdown builds React elements (no
 * innerHTML); raw HTML in the source is dropped, only these elements survive, images are
 * not drawn (a remote image would be a network request), and links must be absolute http(s):
 * they open in the system browser through the contract, never in the app.
 */
const ALLOWED_ELEMENTS = [
  'p',
  'em',
  'strong',
  'del',
  'a',
  'ul',
  'ol',
  'li',
  'blockquote',
  'code',
  'pre',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
]

export function safeLinkTarget(url: string): string {
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : ''
  } catch {
    return ''
  }
}

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
        allowedElements={ALLOWED_ELEMENTS}
        unwrapDisallowed
        urlTransform={safeLinkTarget}
        components={components}
      >
        {text}
      </Markdown>
    </div>
  )
}
