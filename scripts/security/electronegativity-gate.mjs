// Runs Electronegativity over src/ and fails on any HIGH or MEDIUM finding that is not on the
// reviewed allow-list (security/electronegativity-allowlist.json), matched by check, file and
// the code at the finding (`--input DIR` and `--allow-list FILE` scan and gate something else,
// for the gate's own test). Electronegativity exits 0
// whatever it finds, so its CSV is the verdict. It must never need the network: the check
// that downloads Electron's release list is excluded, the translation download falls back
// after a one-second timeout, and a hard time limit catches anything that would hang.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { gateFindings, parseFindings } from './electronegativity-findings.mjs'

const root = join(import.meta.dirname, '..', '..')
const { values: args } = parseArgs({
  options: {
    input: { type: 'string', default: join(root, 'src') },
    'allow-list': {
      type: 'string',
      default: join(root, 'security', 'electronegativity-allowlist.json'),
    },
  },
})
const csvPath = join(mkdtempSync(join(tmpdir(), 'electronegativity-')), 'findings.csv')
const electronVersion = JSON.parse(
  readFileSync(join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
).version
const cli = join(root, 'node_modules', '@doyensec', 'electronegativity', 'dist', 'index.js')

const run = spawnSync(
  process.execPath,
  [
    cli,
    '-i',
    args.input,
    '-o',
    csvPath,
    '-r',
    '-e',
    electronVersion,
    '-x',
    'AvailableSecurityFixesGlobalCheck',
  ],
  { encoding: 'utf8', timeout: 180_000, env: { ...process.env, LANG: 'en' } },
)
if (run.error || run.status !== 0) {
  console.error(`electronegativity did not finish: ${run.error?.message ?? `exit ${run.status}`}`)
  console.error(run.stdout, run.stderr)
  process.exit(1)
}

const allowList = JSON.parse(readFileSync(args['allow-list'], 'utf8')).allow
const findings = parseFindings(readFileSync(csvPath, 'utf8'))
const { blocking, allowed, unusedAllowances } = gateFindings(findings, allowList)

for (const a of unusedAllowances) {
  console.warn(
    `electronegativity: allow-list entry no longer needed: ${a.check} in ${a.file} at \`${a.code}\``,
  )
}
if (blocking.length > 0) {
  console.error(
    'electronegativity: HIGH or MEDIUM findings that are not on the reviewed allow-list:',
  )
  for (const f of blocking)
    console.error(`  ${f.severity} ${f.check} ${f.file}:${f.location}  ${f.sample}`)
  console.error(
    'Fix them, or review each and add it to security/electronegativity-allowlist.json with its reason.',
  )
  process.exit(1)
}
console.log(
  `electronegativity: ${findings.length} findings, ${allowed.length} HIGH/MEDIUM on the reviewed allow-list, none blocking.`,
)
