import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
// @ts-expect-error a plain .mjs module without types; its shapes are checked here
import { auditVerdict, shippedNodes } from './audit-findings.mjs'

const root = join('/', 'work', 'app')
const shipped: Set<string> = shippedNodes(
  [
    root,
    join(root, 'node_modules', 'zod'),
    join(root, 'node_modules', '@fontsource', 'noto-sans'),
  ].join('\n'),
  root,
)

const unreachable = {
  message:
    '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
  statusCode: 405,
}

function reportWith(vulnerabilities: Record<string, { severity: string; nodes: string[] }>) {
  return { vulnerabilities, metadata: { vulnerabilities: { total: 1 } } }
}

describe('the audit gate', () => {
  it('ships the production tree and Electron', () => {
    expect([...shipped].sort()).toEqual([
      'node_modules/@fontsource/noto-sans',
      'node_modules/electron',
      'node_modules/zod',
    ])
  })

  it('says NOT VERIFIED in capitals when the endpoint cannot be reached', () => {
    const { verdict, exitCode, lines } = auditVerdict(unreachable, shipped)
    expect(verdict).toBe('NOT VERIFIED')
    expect(lines[0]).toBe(
      `NOT VERIFIED: the advisory endpoint could not be reached (${unreachable.message}).`,
    )
    expect(exitCode).toBe(0)
    expect(auditVerdict(null, shipped, { required: true }).exitCode).toBe(1)
  })

  it('fails on a high advisory in Electron, though it is a devDependency', () => {
    const report = reportWith({ electron: { severity: 'high', nodes: ['node_modules/electron'] } })
    const { verdict, exitCode, lines } = auditVerdict(report, shipped)
    expect(verdict).toBe('FAIL')
    expect(exitCode).toBe(1)
    expect(lines.join('\n')).toContain('high electron')
  })

  it('fails on a critical advisory in a production dependency', () => {
    const report = reportWith({ zod: { severity: 'critical', nodes: ['node_modules/zod'] } })
    expect(auditVerdict(report, shipped).exitCode).toBe(1)
  })

  it('passes moderate advisories, and anything in tools that are not shipped', () => {
    const report = reportWith({
      zod: { severity: 'moderate', nodes: ['node_modules/zod'] },
      vite: { severity: 'critical', nodes: ['node_modules/vite'] },
    })
    expect(auditVerdict(report, shipped)).toMatchObject({ verdict: 'PASS', exitCode: 0 })
  })
})
