import { describe, expect, it } from 'vitest'
import { rendererRequestTarget, resolveRendererFile } from './renderer-files'

describe('rendererRequestTarget', () => {
  it('serves files of the renderer folder with their content type', () => {
    expect(resolveRendererFile('/app/renderer', '/')).toEqual({
      file: '/app/renderer/index.html',
      contentType: 'text/html; charset=utf-8',
    })
    expect(resolveRendererFile('/app/renderer', '/assets/index-1.js')?.contentType).toBe(
      'text/javascript; charset=utf-8',
    )
  })

  it.each([
    '/../main/index.js',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/%2E%2E/secret',
    '/assets/../../secret',
    '/..%2f..%2fsecret',
    '/..%5c..%5csecret',
    '/..\\..\\secret',
    '/index.html%00.js',
  ])('refuses a path that leaves the folder: %s', (path) => {
    expect(rendererRequestTarget('/app/renderer', path)).toEqual({ status: 404 })
    expect(resolveRendererFile('/app/renderer', path)).toBeNull()
  })

  it.each(['/%E0%A4%A', '/%', '/assets/%zz.js'])(
    'answers a malformed escape %s with 400',
    (path) => {
      expect(rendererRequestTarget('/app/renderer', path)).toEqual({ status: 400 })
    },
  )
})
