/**
 * Installers: AppImage and deb, dmg, nsis (`npm run dist`). Needs Electron's binary and the
 * platform's own tools, so it runs on a developer's or a release machine, never in CI here.
 */
import type { Configuration } from 'electron-builder'

/** The `.timeline` document type: double-clicking one opens it in the app. */
export const TIMELINE_FILE_TYPE = {
  ext: 'timeline',
  name: 'Diplomatic timeline',
  description: 'Diplomatic Timeline document',
  mimeType: 'application/x-diplomatic-timeline',
  role: 'Editor',
} as const

const config: Configuration = {
  appId: 'org.diplomatic-timeline.app',
  productName: 'Diplomatic Timeline',
  executableName: 'diplomatic-timeline',
  copyright: 'Copyright © 2026 the Diplomatic Timeline authors',
  directories: { buildResources: 'build', output: 'dist' },
  // Only the build and the bundled store: no sources, tests, e2e, bench or scripts.
  // electron-builder adds the production dependencies from package.json itself.
  files: ['out/**/*', '!out/**/*.map', 'data/*.json'],
  asar: true,
  // node:sqlite is built in; there is no native module to rebuild.
  npmRebuild: false,
  icon: 'build/icon.png',
  fileAssociations: [TIMELINE_FILE_TYPE],
  // Applied by electron-builder with @electron/fuses before signing. No ELECTRON_RUN_AS_NODE,
  // NODE_OPTIONS or --inspect to turn the app into a general Node; no file:// privileges (we
  // serve app://); code only from an asar whose integrity is checked; cookies encrypted.
  electronFuses: {
    runAsNode: false,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    grantFileProtocolExtraPrivileges: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    enableCookieEncryption: true,
    loadBrowserProcessSpecificV8Snapshot: false,
  },
  linux: {
    target: ['AppImage', 'deb'],
    category: 'Office',
    synopsis: 'A timeline of diplomatic events, every claim cited',
  },
  deb: { priority: 'optional' },
  mac: {
    target: ['dmg'],
    category: 'public.app-category.productivity',
    hardenedRuntime: true,
  },
  win: { target: ['nsis'] },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
}

export default config
