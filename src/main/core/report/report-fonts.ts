import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

/**
 * The report's fonts, embedded as data: URLs so the PDF looks the same on every machine and
 * nothing is fetched. Noto covers Latin, Turkish and Cyrillic, which this data needs; Noto
 * Sans Symbols 2 draws the status marks (● ○ ◆ ✕), which print much faster as text than as
 * thousands of little vector drawings.
 */
const FAMILIES = [
  {
    pkg: '@fontsource/noto-serif',
    files: ['400.css', '700.css', '400-italic.css'],
    subsets: ['latin', 'latin-ext', 'cyrillic'],
  },
  {
    pkg: '@fontsource/noto-sans',
    files: ['400.css', '700.css'],
    subsets: ['latin', 'latin-ext', 'cyrillic'],
  },
  { pkg: '@fontsource/noto-sans-symbols-2', files: ['400.css'], subsets: ['symbols'] },
]

let cached: Promise<string> | null = null

export function loadReportFontCss(): Promise<string> {
  cached ??= buildFontCss()
  return cached
}

async function buildFontCss(): Promise<string> {
  const require = createRequire(__filename)
  const blocks: string[] = []
  for (const family of FAMILIES) {
    const dir = dirname(require.resolve(`${family.pkg}/package.json`))
    const name = family.pkg.replace('@fontsource/', '')
    for (const file of family.files) {
      const css = await readFile(join(dir, file), 'utf8')
      for (const block of css.split(/(?=\/\* )/)) {
        // Each block starts with a comment such as /* noto-serif-latin-ext-400-normal */.
        const face = /^\/\* ([a-z0-9-]+)-\d{3}-(?:normal|italic) \*\//.exec(block)?.[1]
        if (!face || !family.subsets.some((subset) => face === `${name}-${subset}`)) continue
        const woff2 = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1]
        if (!woff2) continue
        const data = (await readFile(join(dir, 'files', woff2))).toString('base64')
        blocks.push(
          block
            .replace(/src:[^;]+;/, `src: url(data:font/woff2;base64,${data}) format('woff2');`)
            .replace('font-display: swap;', 'font-display: block;'),
        )
      }
    }
  }
  return blocks.join('\n')
}
