import { describe, expect, it } from 'vitest'
// @ts-expect-error a plain .mjs module without types; its shapes are checked here
import { gateFindings, parseFindings } from './electronegativity-findings.mjs'

const CSV = `issue, severity, confidence, filename, location, sample, description, url
CSP_GLOBAL_CHECK,"LOW","TENTATIVE","main/index.ts","41:8",N/A,"Failed to parse CSP",https://x
CONTEXT_ISOLATION_JS_CHECK,"HIGH","FIRM","main/index.ts","65:17","const window = new BrowserWindow({","Review",https://x
OPEN_EXTERNAL_JS_CHECK,"MEDIUM","TENTATIVE","renderer/a.tsx","1:1","api.openExternal({ url: ""a, b"" })","Review",https://x
NODE_INTEGRATION_JS_CHECK,"HIGH","FIRM","main/other.ts","3:3","nodeIntegration: true","Review",https://x`

const allow = [
  {
    check: 'CONTEXT_ISOLATION_JS_CHECK',
    file: 'main/index.ts',
    code: 'const window = new BrowserWindow({',
    reason: 'set in a helper',
  },
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'renderer/a.tsx',
    code: 'api.openExternal({  url: "a, b" })',
    reason: 'through the contract',
  },
  { check: 'SANDBOX_JS_CHECK', file: 'main/index.ts', code: 'x', reason: 'stale' },
]

type Finding = { check: string; file: string; location: string }

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
    const { blocking, allowed, unusedAllowances } = gateFindings(parseFindings(CSV), allow)
    expect(blocking.map((f: Finding) => f.check)).toEqual(['NODE_INTEGRATION_JS_CHECK'])
    expect(allowed).toHaveLength(2)
    expect(unusedAllowances).toEqual([allow[2]])
  })

  it('keeps a finding allowed when only its line moved', () => {
    const moved = CSV.replace('"65:17"', '"90:17"')
    expect(gateFindings(parseFindings(moved), allow).allowed).toHaveLength(2)
  })

  it('blocks the same check in the same file at other code', () => {
    const other = CSV.replace(
      '"const window = new BrowserWindow({"',
      '"new BrowserWindow({ webPreferences: { contextIsolation: false } })"',
    )
    const { blocking } = gateFindings(parseFindings(other), allow)
    expect(blocking.map((f: Finding) => f.check)).toContain('CONTEXT_ISOLATION_JS_CHECK')
  })

  it('blocks a second copy of an allowed line: each entry allows one finding', () => {
    const copy = `${CSV}\nCONTEXT_ISOLATION_JS_CHECK,"HIGH","FIRM","main/index.ts","120:17","const window = new BrowserWindow({","Review",https://x`
    const { blocking } = gateFindings(parseFindings(copy), allow)
    expect(blocking.map((f: Finding) => `${f.check} ${f.location}`)).toContain(
      'CONTEXT_ISOLATION_JS_CHECK 120:17',
    )
  })

  it('blocks everything serious when nothing is allowed', () => {
    expect(gateFindings(parseFindings(CSV), []).blocking).toHaveLength(3)
  })
})
