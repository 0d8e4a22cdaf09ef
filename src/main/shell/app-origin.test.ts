import { describe, expect, it } from 'vitest'
import { APP_ENTRY_URL, isSameAppOrigin } from './app-origin'

describe('isSameAppOrigin', () => {
  it('accepts pages of the app itself', () => {
    expect(isSameAppOrigin('app://renderer/index.html#x', APP_ENTRY_URL)).toBe(true)
    expect(isSameAppOrigin('http://localhost:5173/', 'http://localhost:5173/')).toBe(true)
  })

  it.each([
    'app://other/index.html',
    'https://renderer/index.html',
    'file:///work/out/renderer/index.html',
    'http://localhost:5174/',
    'javascript:alert(1)',
    'not a url',
  ])('refuses %s', (url) => {
    const app = url.startsWith('http://localhost') ? 'http://localhost:5173/' : APP_ENTRY_URL
    expect(isSameAppOrigin(url, app)).toBe(false)
  })
})
