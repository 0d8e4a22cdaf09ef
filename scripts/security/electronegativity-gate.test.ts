import { spawnSync } from 'node:child_process'
import { appendFile, cp, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(__dirname, '..', '..')

// The review's case: an insecure window added to src/main/index.ts, written exactly like the
// allowed one there, so only the one-entry-one-finding rule can catch it.
const INSECURE_WINDOW = `
export function insecureWindow(): BrowserWindow {
  const window = new BrowserWindow({
    webPreferences: { contextIsolation: false, sandbox: false },
  })
  return window
}
`

describe('the Electronegativity gate, run', () => {
  it('fails on a copy of src/ with an insecure window added to main/index.ts', async () => {
    const src = join(await mkdtemp(join(tmpdir(), 'gate-fixture-')), 'src')
    await cp(join(root, 'src'), src, { recursive: true })
    await appendFile(join(src, 'main', 'index.ts'), INSECURE_WINDOW)
    const run = spawnSync(
      process.execPath,
      [join(root, 'scripts', 'security', 'electronegativity-gate.mjs'), '--input', src],
      { encoding: 'utf8', timeout: 180_000 },
    )
    expect(run.status, run.stdout + run.stderr).toBe(1)
    expect(run.stderr).toMatch(/HIGH CONTEXT_ISOLATION_JS_CHECK main\/index\.ts:\d+/)
    expect(run.stderr).toMatch(/MEDIUM SANDBOX_JS_CHECK main\/index\.ts:\d+/)
    // Nothing else blocks: the failure is the added window's, not noise.
    const blockingLines = run.stderr.split('\n').filter((line) => /^ {2}(HIGH|MEDIUM) /.test(line))
    for (const line of blockingLines) expect(line).toContain('main/index.ts')
  }, 200_000)
})
