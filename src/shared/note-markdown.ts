/**
 * The Markdown subset a user's note may use, wherever it is shown (the app and the PDF report).
 * Raw HTML in the source is dropped, only these elements survive, images are never drawn (a
 * remote image would be a network request), and links must be absolute http(s).
 */
export const NOTE_MARKDOWN_ELEMENTS: readonly string[] = [
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

/** The link's target if it is an absolute http(s) URL, else '' (the link is then dead). */
export function safeLinkTarget(url: string): string {
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : ''
  } catch {
    return ''
  }
}
