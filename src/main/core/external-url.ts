/**
 * The only addresses the app hands to the system browser: absolute http(s) URLs that the
 * WHATWG URL parser accepts, with a host. Everything else (file:, javascript:, data:, smb:,
 * custom schemes, malformed text) is refused.
 */
export function parseExternalUrl(text: string): URL | null {
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return null
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  if (url.hostname === '' || url.username !== '' || url.password !== '') return null
  return url
}
