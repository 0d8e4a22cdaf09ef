import { describe, expect, it } from 'vitest'
import { parseExternalUrl } from './external-url'

describe('parseExternalUrl', () => {
  it.each(['https://www.nbcnews.com/world', 'http://example.org/a?b=c#d'])('accepts %s', (url) => {
    expect(parseExternalUrl(url)?.href).toBe(url)
  })

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'smb://server/share',
    'timeline-app://open',
    'mailto:someone@example.org',
    'https://user:secret@example.org/',
    'http://',
    '//example.org/relative',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(parseExternalUrl(url)).toBeNull()
  })
})
