import { describe, expect, it } from 'vitest'
import themeCss from '../styles.css?raw'
import chipsCss from './chips.css?raw'
import axisCss from './vis-timeline-adapter.css?raw'

/**
 * The counts' and the time axis's colours are written out in their stylesheets (a zoom step
 * restyles them, and var() was resolved anew for each): they must stay the theme's colours,
 * in the light and the dark theme alike.
 */
type Rgb = [number, number, number]
const DARK = '@media (prefers-color-scheme: dark)'

const inTheme = (css: string, theme: 'light' | 'dark') =>
  theme === 'light' ? css.split(DARK)[0]! : css.split(DARK)[1]!

function themeColour(theme: 'light' | 'dark', name: string): Rgb {
  const hex = new RegExp(`--${name}: #([0-9a-f]{6});`).exec(inTheme(themeCss, theme))?.[1]
  if (!hex) throw new Error(`--${name} is not in the ${theme} theme of styles.css`)
  return [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb
}

/** CSS's color-mix(in srgb, a p, b) of two opaque colours, as rgb() writes it. */
function mixed(a: Rgb, b: Rgb, p: number): string {
  const channel = (i: number) => Math.round((a[i]! * p + b[i]! * (1 - p)) * 100) / 100
  return `rgb(${channel(0)} ${channel(1)} ${channel(2)})`
}

const hex = (c: Rgb) => `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}`
const translucent = (c: Rgb, alpha: number) => `rgb(${c.join(' ')} / ${alpha})`
describe.each(['light', 'dark'] as const)('in the %s theme', (theme) => {
  const reported = themeColour(theme, 'reported')
  const surface = themeColour(theme, 'surface')
  const border = themeColour(theme, 'border')

  it('a count is --reported mixed into --surface, darker as it holds more', () => {
    const css = inTheme(chipsCss, theme)
    expect(css).toContain(`background: ${mixed(reported, surface, 0.14)};`)
    expect(css).toMatch(
      new RegExp(`\\.density-3 \\{\\s+background: ${escape(mixed(reported, surface, 0.26))};`),
    )
    expect(css).toMatch(
      new RegExp(`\\.density-4 \\{\\s+background: ${escape(mixed(reported, surface, 0.38))};`),
    )
    expect(css).toContain(translucent(reported, 0.55))
  })

  it("the time axis's labels and grid lines are the theme's muted text and borders", () => {
    const css = inTheme(axisCss, theme)
    expect(css).toContain(`color: ${hex(themeColour(theme, 'text-muted'))} !important;`)
    expect(css).toContain(`border-color: ${translucent(border, 0.5)} !important;`)
    expect(css).toContain(`border-color: ${hex(border)} !important;`)
  })
})

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
}
