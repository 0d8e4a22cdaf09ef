import { describe, expect, it } from 'vitest'
import { resolveRendererFile } from './renderer-files'

describe('resolveRendererFile', () => {
  it('serves files of the renderer folder with their content type', () => {
    expect(resolveRendererFile('/app/renderer', '/')).toEqual({
      file: '/app/renderer/index.html',
      contentType: 'text/html; charset=utf-8',
    })
    expect(resolveRendererFile('/app/renderer', '/assets/index-1.js')?.contentType).toBe(
      'text/javascript; charset=utf-8',
    )
  })

  it.each(['/../main/index.js', '/%2e%2e/%2e%2e/etc/passwd', '/assets/../../secret'])(
    'refuses a path that leaves the folder: %s',
    (path) => {
      expect(resolveRendererFile('/app/renderer', path)).toBeNull()
    },
  )
})
