// `npm start`: make sure Electron's binary is there, then build and open the desktop app.
// Where the binary cannot be fetched (offline, locked-down machines) say so in one sentence
// with the way out, instead of Electron's stack trace.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)
const checkOnly = process.argv.includes('--check')

const [major, minor] = process.versions.node.split('.').map(Number)
if (major < 22 || (major === 22 && minor < 13)) {
  console.error(`This app needs Node.js 22.13 or newer; this is ${process.version}.`)
  process.exit(1)
}

const electronDir = dirname(require.resolve('electron/package.json'))
const version = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version

function binaryInstalled() {
  const pathFile = join(electronDir, 'path.txt')
  return (
    existsSync(pathFile) && existsSync(join(electronDir, 'dist', readFileSync(pathFile, 'utf8')))
  )
}

if (!binaryInstalled()) {
  const install = spawnSync(process.execPath, [join(electronDir, 'install.js')], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  if (install.status !== 0 || !binaryInstalled()) {
    const reason = (install.stderr.match(/^\w*Error: .*$/m)?.[0] ?? 'the download failed').trim()
    const zip = `electron-v${version}-${process.platform}-${process.arch}.zip`
    console.error(
      `Electron ${version} is not installed and its binary could not be downloaded (${reason}); ` +
        `to install it offline, put ${zip} in Electron's cache folder (electron_config_cache, ` +
        `by default ~/.cache/electron) or set ELECTRON_MIRROR to a mirror you can reach, ` +
        `then run npm start again.`,
    )
    process.exit(1)
  }
}

if (checkOnly) process.exit(0)

const electronVite = join(process.cwd(), 'node_modules', 'electron-vite', 'bin', 'electron-vite.js')
const preview = spawnSync(process.execPath, [electronVite, 'preview'], { stdio: 'inherit' })
process.exit(preview.status ?? 1)
