import { describe, expect, it } from 'vitest'
import { buildContentSecurityPolicy } from './content-security-policy'
import { secureWebPreferences } from './web-preferences'

describe('the renderer sandbox', () => {
  it('isolates the renderer and gives it no Node', () => {
    const prefs = secureWebPreferences('/app/preload.js')
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      webSecurity: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
    })
    for (const risky of [
      'allowRunningInsecureContent',
      'experimentalFeatures',
      'enableBlinkFeatures',
    ]) {
      expect(prefs).not.toHaveProperty(risky)
    }
  })
})

describe('the content security policy', () => {
  const directives = new Map(
    buildContentSecurityPolicy()
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values]),
  )

  it('denies everything by default and allows scripts only from the app itself', () => {
    expect(directives.get('default-src')).toEqual(["'none'"])
    expect(directives.get('script-src')).toEqual(["'self'"])
    expect(directives.get('object-src')).toEqual(["'none'"])
    expect(directives.get('frame-ancestors')).toEqual(["'none'"])
  })

  it('allows no inline script, no eval and no remote origin anywhere', () => {
    for (const values of directives.values()) {
      for (const value of values) {
        expect(value).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/)
      }
    }
  })
})
