import { describe, expect, it } from 'vitest'
import { isPrintRequestAllowed, reportUrl } from './print-request'

describe('the print session request rule', () => {
  const printing = new Set([reportUrl('1f0c')])

  it('lets the report being printed and its data: fonts load', () => {
    expect(isPrintRequestAllowed('timeline-report://print/1f0c.html', printing)).toBe(true)
    expect(isPrintRequestAllowed('data:font/woff2;base64,AAAA', printing)).toBe(true)
  })

  it.each([
    'timeline-report://print/other.html',
    'file:///etc/passwd',
    'https://example.com/pixel.png',
    'http://127.0.0.1:8080/',
    'ws://localhost/',
    'app://renderer/index.html',
    'blob:null/1234',
  ])('refuses %s', (url) => {
    expect(isPrintRequestAllowed(url, printing)).toBe(false)
  })
})
