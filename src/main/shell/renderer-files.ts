import { extname, join, normalize, sep } from 'node:path'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
}

/**
 * Maps a request path to a file of the built renderer and its content type, or null when the
 * path would leave the renderer's folder. Both hosts serve the renderer through this.
 */
export function resolveRendererFile(
  rendererDir: string,
  pathname: string,
): { file: string; contentType: string } | null {
  const root = normalize(rendererDir + sep)
  const path = pathname === '/' ? '/index.html' : decodeURIComponent(pathname)
  const file = normalize(join(root, path))
  if (!file.startsWith(root)) return null
  return { file, contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' }
}
