import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

export const PROJECT_ROOT = resolve(__dirname, '..', '..')
export const RENDERER_DIR = join(PROJECT_ROOT, 'out', 'renderer')
/** The main build's store thread: timeline files' stores run in it, as in the app. */
export const STORE_WORKER_SCRIPT = join(PROJECT_ROOT, 'out', 'main', 'store-worker.js')
export const IMPORT_WORKER_SCRIPT = join(PROJECT_ROOT, 'out', 'main', 'import-worker.js')
export const BUNDLED_DATA_DIR = join(PROJECT_ROOT, 'data')
/**
 * Debian's Chromium headless shell (package chromium-headless-shell): Chromium's own browser
 * on the content layer, as Electron is, and what Playwright itself runs for headless Chromium.
 * The full Chromium browser adds Chrome's autofill and password manager, which Electron's
 * renderer does not have: after each click on a form's button it read every form on the page
 * (4–12 ms of the renderer's main thread at 200,000 events), time no user of the app spends.
 */
export const CHROMIUM_PATH =
  process.env['CHROMIUM_PATH'] ?? '/usr/lib/chromium/chromium-headless-shell'

/** Chromium, quiet: no sandbox (root in CI), no GPU, no background network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

/** How many events the bundled sample holds, read from its data, so specs follow its edits. */
export const SAMPLE_EVENT_COUNT = (
  JSON.parse(readFileSync(join(BUNDLED_DATA_DIR, 'events.json'), 'utf8')) as { events: unknown[] }
).events.length
