import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = resolve(__dirname, '..')
const electronInstalled = existsSync(join(root, 'node_modules', 'electron', 'path.txt'))

describe('npm start without the Electron binary', () => {
  it.skipIf(electronInstalled)('ends with one sentence that says how to install it', () => {
    const run = spawnSync(process.execPath, [join(root, 'scripts', 'start.mjs'), '--check'], {
      cwd: root,
      encoding: 'utf8',
      // A closed local port: the download fails at once, with no traffic leaving the machine.
      env: { ...process.env, ELECTRON_MIRROR: 'http://127.0.0.1:9/' },
    })
    expect(run.status).toBe(1)
    const lines = run.stderr.trim().split('\n')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^Electron [\d.]+ is not installed and its binary could not be/)
    expect(lines[0]).toMatch(/electron_config_cache/)
    expect(lines[0]).toMatch(/ELECTRON_MIRROR/)
  })
})
