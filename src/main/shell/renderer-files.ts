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

export type RendererTarget =
  | { status: 200; file: string; contentType: string }
  /** 400: the path is not a valid percent-encoding; 404: it would leave the folder. */
  | { status: 400 | 404 }

/**
 * Maps a request path to a file of the built renderer, or says why not. Never throws: a
 * malformed escape is a bad request, and any `..` segment, backslash or NUL (encoded or not)
 * is refused before the path is joined, with a prefix check after as a second layer.
 */
export function rendererRequestTarget(rendererDir: string, pathname: string): RendererTarget {
  let path: string
  try {
    path = pathname === '/' ? '/index.html' : decodeURIComponent(pathname)
  } catch {
    return { status: 400 }
  }
  if (/[\\\0]/.test(path) || path.split('/').includes('..')) return { status: 404 }
  const root = normalize(rendererDir + sep)
  const file = normalize(join(root, path))
  if (!file.startsWith(root)) return { status: 404 }
  return {
    status: 200,
    file,
    contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
  }
}

/** The same decision for a host that only needs the file (the e2e test host). */
export function resolveRendererFile(
  rendererDir: string,
  pathname: string,
): { file: string; contentType: string } | null {
  const target = rendererRequestTarget(rendererDir, pathname)
  return target.status === 200 ? { file: target.file, contentType: target.contentType } : null
}
