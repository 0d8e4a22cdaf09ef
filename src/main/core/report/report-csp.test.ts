import { describe, expect, it } from 'vitest'
import { buildReportHtml } from './build-report-html'

const html = buildReportHtml({
  events: [],
  tracks: [],
  annotations: new Map(),
  options: {
    title: '<script>alert(1)</script>',
    includeNotes: true,
    includeSources: true,
    pageSize: 'A4',
    landscape: false,
    locale: 'en-GB',
    timeZone: 'Europe/London',
  },
  scopeLabel: 'Every event',
  filters: [],
  generatedAt: new Date('2026-11-23T12:00:00Z'),
  fontCss: '',
})

function reportPolicy(document: string): Map<string, string[]> {
  const meta = /<head>.*?<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(
    document,
  )
  expect(meta, 'the CSP meta comes first in <head>, before any style').not.toBeNull()
  return new Map(
    (meta?.[1] ?? '')
      .replace(/&#x27;/g, "'")
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name ?? '', values]),
  )
}

describe('the report carries its own CSP', () => {
  const policy = reportPolicy(html)

  it('loads nothing by default, fonts and images only from data:, styles inline only', () => {
    expect(policy.get('default-src')).toEqual(["'none'"])
    expect(policy.get('font-src')).toEqual(['data:'])
    expect(policy.get('img-src')).toEqual(['data:'])
    expect(policy.get('style-src')).toEqual(["'unsafe-inline'"])
    expect(policy.has('script-src')).toBe(false)
    expect(policy.get('base-uri')).toEqual(["'none'"])
  })

  it('comes before the stylesheet, so it governs the fonts', () => {
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'))
  })
})
