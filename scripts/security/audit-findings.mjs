// Decides what `npm audit` means for what the app ships: its production dependencies and the
// Electron runtime it is packaged with (a devDependency, so `--omit=dev` left it out). Kept
// pure so it has its own test.
import { relative, sep } from 'node:path'

const SERIOUS = new Set(['high', 'critical'])

/**
 * The node_modules paths the app ships, from `npm ls --omit=dev --all --parseable`, plus
 * Electron's.
 * @param {string} parseable
 * @param {string} root
 * @returns {Set<string>}
 */
export function shippedNodes(parseable, root) {
  const nodes = new Set(['node_modules/electron'])
  for (const line of parseable.split(/\r?\n/)) {
    if (!line.trim()) continue
    const path = relative(root, line.trim()).split(sep).join('/')
    if (path.startsWith('node_modules/')) nodes.add(path)
  }
  return nodes
}

/**
 * @param {unknown} report the parsed `npm audit --json`, or null when it was not JSON
 * @param {Set<string>} shipped from shippedNodes
 * @param {{ required?: boolean, why?: string }} [options] required: an unverified audit fails
 * @returns {{ verdict: 'NOT VERIFIED' | 'PASS' | 'FAIL', exitCode: number, lines: string[] }}
 */
export function auditVerdict(report, shipped, options = {}) {
  const counts = report?.metadata?.vulnerabilities
  if (!counts) {
    const why = report?.message ?? options.why ?? 'no answer'
    return {
      verdict: 'NOT VERIFIED',
      exitCode: options.required ? 1 : 0,
      lines: [
        `NOT VERIFIED: the advisory endpoint could not be reached (${why}).`,
        'NOT VERIFIED: neither the production dependencies nor Electron were audited.',
      ],
    }
  }
  const serious = Object.entries(report.vulnerabilities ?? {})
    .filter(([, v]) => SERIOUS.has(v.severity) && (v.nodes ?? []).some((n) => shipped.has(n)))
    .map(([name, v]) => `  ${v.severity} ${name} (${(v.nodes ?? []).join(', ')})`)
  if (serious.length > 0) {
    return {
      verdict: 'FAIL',
      exitCode: 1,
      lines: [
        `npm audit: ${serious.length} high or critical advisories in what the app ships:`,
        ...serious,
      ],
    }
  }
  return {
    verdict: 'PASS',
    exitCode: 0,
    lines: [
      `npm audit: no high or critical advisory in the production dependencies or Electron (${shipped.size} packages checked).`,
    ],
  }
}
