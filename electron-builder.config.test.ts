import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { matchesGlob } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Configuration } from 'electron-builder'
import config, { TIMELINE_FILE_TYPE } from './electron-builder.config'

// electron-builder's own schema check, which `npm run dist` runs first (an internal module:
// if it moves, this fails loudly rather than passing a config electron-builder would refuse).
const require = createRequire(__filename)
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration(config: Configuration, logger: unknown): Promise<void>
}
const { DebugLogger } = require('builder-util/out/DebugLogger.js') as {
  DebugLogger: new (enabled: boolean) => unknown
}

/** The files a pattern list selects, electron-builder's way: in order, `!` takes back. */
function selected(files: string[], patterns: string[]): string[] {
  return files.filter((file) =>
    patterns.reduce(
      (keep, pattern) =>
        pattern.startsWith('!')
          ? keep && !matchesGlob(file, pattern.slice(1))
          : keep || matchesGlob(file, pattern),
      false,
    ),
  )
}

describe('the installers', () => {
  it("passes electron-builder's own configuration schema", async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined()
  })

  it('sets every fuse: no run-as-node, NODE_OPTIONS, --inspect or file:// privileges', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      grantFileProtocolExtraPrivileges: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      loadBrowserProcessSpecificV8Snapshot: false,
    })
    // OnlyLoadAppFromAsar needs the app in an asar.
    expect(config.asar).toBe(true)
  })

  it('builds AppImage and deb, dmg and nsis, with an id, a name and an icon', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb'])
    expect(config.mac?.target).toEqual(['dmg'])
    expect(config.win?.target).toEqual(['nsis'])
    expect(config.appId).toMatch(/^[a-z0-9.-]+$/)
    expect(config.productName).toBe('Diplomatic Timeline')
    expect(config.icon).toBe('build/icon.png')
  })

  it('opens .timeline files', () => {
    expect(config.fileAssociations).toEqual([TIMELINE_FILE_TYPE])
    expect(TIMELINE_FILE_TYPE.ext).toBe('timeline')
    expect(TIMELINE_FILE_TYPE.mimeType).toMatch(/^application\//)
  })

  it('ships the build and the bundled store only: no sources, tests, bench or scripts', () => {
    const patterns = config.files as string[]
    const tracked = execFileSync('git', ['ls-files'], { cwd: __dirname, encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
    const built = ['out/main/index.js', 'out/preload/index.js', 'out/renderer/index.html']
    const shipped = selected([...tracked, ...built, 'out/main/index.js.map'], patterns)
    expect(shipped.sort()).toEqual([
      'data/actors.json',
      'data/events.json',
      'data/links.json',
      'data/sources.json',
      'data/tracks.json',
      ...built,
    ])
  })
})
