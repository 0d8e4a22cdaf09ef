import { describe, expect, it } from 'vitest'
// @ts-expect-error a plain .mjs module without types; its shapes are checked here
import { gateFindings, parseFindings } from './electronegativity-findings.mjs'

const CSV = `issue, severity, confidence, filename, location, sample, description, url
CSP_GLOBAL_CHECK,"LOW","TENTATIVE","main/index.ts","41:8",N/A,"Failed to parse CSP",https://x
CONTEXT_ISOLATION_JS_CHECK,"HIGH","FIRM","main/index.ts","65:17","const window = new BrowserWindow({","Review",https://x
OPEN_EXTERNAL_JS_CHECK,"MEDIUM","TENTATIVE","renderer/a.tsx","1:1","api.openExternal({ url: ""a, b"" })","Review",https://x
NODE_INTEGRATION_JS_CHECK,"HIGH","FIRM","main/other.ts","3:3","nodeIntegration: true","Review",https://x`

describe('the Electronegativity gate', () => {
  it('reads the CSV, quoted commas included', () => {
    const findings = parseFindings(CSV)
    expect(findings).toHaveLength(4)
    expect(findings[2]).toMatchObject({
      check: 'OPEN_EXTERNAL_JS_CHECK',
      severity: 'MEDIUM',
      file: 'renderer/a.tsx',
      sample: 'api.openExternal({ url: "a, b" })',
    })
  })

  it('blocks HIGH and MEDIUM findings not on the allow-list, ignores LOW', () => {
    const allow = [
      { check: 'CONTEXT_ISOLATION_JS_CHECK', file: 'main/index.ts', reason: 'set in a helper' },
      { check: 'OPEN_EXTERNAL_JS_CHECK', file: 'renderer/a.tsx', reason: 'through the contract' },
      { check: 'SANDBOX_JS_CHECK', file: 'main/index.ts', reason: 'stale' },
    ]
    const { blocking, allowed, unusedAllowances } = gateFindings(parseFindings(CSV), allow)
    expect(blocking.map((f: { check: string }) => f.check)).toEqual(['NODE_INTEGRATION_JS_CHECK'])
    expect(allowed).toHaveLength(2)
    expect(unusedAllowances).toEqual([allow[2]])
  })

  it('blocks everything serious when nothing is allowed', () => {
    expect(gateFindings(parseFindings(CSV), []).blocking).toHaveLength(3)
  })
})
