// `npm audit --omit=dev`: fails on any high or critical advisory in what the app ships. When
// the registry's audit endpoint cannot be reached (offline, a mirror without it), it says so
// and does not fail: an unanswered question is not a finding.
import { spawnSync } from 'node:child_process'

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const run = spawnSync(npm, ['audit', '--omit=dev', '--json'], {
  encoding: 'utf8',
  timeout: 120_000,
})
let report
try {
  report = JSON.parse(run.stdout)
} catch {
  report = null
}
const counts = report?.metadata?.vulnerabilities
if (!counts) {
  const why =
    report?.message ?? run.error?.message ?? (run.stderr.trim().split('\n')[0] || 'no answer')
  console.log(`npm audit: the registry's audit endpoint could not be reached (${why}); skipped.`)
  process.exit(0)
}
const serious = (counts.high ?? 0) + (counts.critical ?? 0)
if (serious > 0) {
  console.error(
    `npm audit: ${counts.critical ?? 0} critical and ${counts.high ?? 0} high advisories in production dependencies:`,
  )
  for (const [name, v] of Object.entries(report.vulnerabilities ?? {})) {
    if (v.severity === 'high' || v.severity === 'critical') console.error(`  ${v.severity} ${name}`)
  }
  process.exit(1)
}
console.log(
  `npm audit: no high or critical advisory in production dependencies (${JSON.stringify(counts)}).`,
)
