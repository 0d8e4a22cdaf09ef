// `npm audit` over what the app ships: the production dependencies and Electron, the runtime
// packaged with it. Fails on any high or critical advisory there. When the advisory endpoint
// cannot be reached (offline, a mirror without it: 405 here) it says NOT VERIFIED in capitals,
// and fails too when AUDIT_REQUIRED=1 (set it on a release machine).
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { auditVerdict, shippedNodes } from './audit-findings.mjs'

const root = join(import.meta.dirname, '..', '..')
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const run = (args) => spawnSync(npm, args, { cwd: root, encoding: 'utf8', timeout: 120_000 })

// The whole tree is audited (Electron is a devDependency); the verdict keeps what ships.
const audit = run(['audit', '--json'])
let report
try {
  report = JSON.parse(audit.stdout)
} catch {
  report = null
}
const ls = run(['ls', '--omit=dev', '--all', '--parseable'])
const why = audit.error?.message ?? (audit.stderr.trim().split('\n')[0] || undefined)
const { exitCode, lines } = auditVerdict(report, shippedNodes(ls.stdout, root), {
  required: process.env['AUDIT_REQUIRED'] === '1',
  why,
})
for (const line of lines) (exitCode === 0 ? console.log : console.error)(line)
process.exit(exitCode)
