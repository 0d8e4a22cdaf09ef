import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from './support/fixtures'
import { PROJECT_ROOT } from './support/paths'

const OUT = join(PROJECT_ROOT, 'docs', 'screenshots')

test('writes screenshots of the main screens', async ({ launch }) => {
  await mkdir(OUT, { recursive: true })
  for (const colorScheme of ['light', 'dark'] as const) {
    const app = await launch({ colorScheme, viewport: { width: 1440, height: 900 } })
    const { page } = app
    const suffix = colorScheme === 'light' ? '' : '-dark'
    await page.screenshot({ path: join(OUT, `timeline${suffix}.png`) })
    // Driscoll's visit is among the United States lane's rows behind its "+N more".
    const timeline = page.getByRole('region', { name: 'Timeline' })
    await timeline.getByRole('button', { name: /^\+\d+ more in United States$/ }).click()
    await timeline.getByRole('button', { name: /^US Army Secretary Driscoll visits Kyiv/ }).click()
    await expect(
      page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 2 }),
    ).toHaveText(/Driscoll/)
    const details = page.getByRole('region', { name: 'Event details' })
    await details.getByRole('button', { name: 'Add note' }).click()
    await details
      .getByRole('textbox', { name: 'Note' })
      .fill('Compare with **Peskov**: Moscow says it has no plans to meet Driscoll.')
    const drawn = await page.evaluate(() =>
      Number(document.documentElement.dataset['drawnWindows']),
    )
    await details.getByRole('button', { name: 'Save note' }).click()
    await expect(details.getByRole('status').first()).toHaveText('Note saved.')
    // The note's Markdown is rendered, and the timeline has redrawn with the note's mark.
    await expect(details.locator('.note-markdown strong')).toHaveText('Peskov')
    await page.waitForFunction(
      (before) => Number(document.documentElement.dataset['drawnWindows']) > before,
      drawn,
    )
    await page.screenshot({ path: join(OUT, `event-details${suffix}.png`) })
    await app.close()
  }
})
