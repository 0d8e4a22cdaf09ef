import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ACLED_HEADER, acledRow, csvText } from '../src/main/core/test-support/import-fixtures'
import { DetailsPanel } from './models/details-panel'
import { EventDialog } from './models/event-dialog'
import { ImportDialog } from './models/import-dialog'
import { TimelineFile } from './models/timeline-file'
import { TimelinePage } from './models/timeline-page'
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
    await expect(details.getByRole('region', { name: 'My notes' }).getByRole('status')).toHaveText(
      'Note saved.',
    )
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

test('writes screenshots of the Event dialog and of an event’s History', async ({ launch }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const savePath = join(await mkdtemp(join(tmpdir(), 'screenshots-')), 'My talks.timeline')
    const app = await launch({ colorScheme, savePath, viewport: { width: 1440, height: 900 } })
    const { page } = app
    const suffix = colorScheme === 'light' ? '' : '-dark'
    const file = new TimelineFile(page)
    await file.openAnother(() => file.button('Save a copy').click())
    const ui = new TimelinePage(page)
    const details = new DetailsPanel(page)
    const dialog = new EventDialog(page)
    await ui.openFromList('Trump and Putin hold a summit in Alaska')
    await details.button('Edit event').click()
    await dialog.claimField(1, 'Claim status').selectOption({ label: 'Denied' })
    await dialog.saveEvent()
    const history = details.region.getByRole('list', { name: 'History' })
    await expect(history).toContainText('Claim 1 status: reported → denied')
    await history.scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(OUT, `event-history${suffix}.png`) })

    await details.button('Edit event').click()
    await dialog.field('End').fill('2025-08-01')
    await expect(dialog.field('End')).toHaveAccessibleDescription(/end is before start/)
    await page.screenshot({ path: join(OUT, `event-dialog${suffix}.png`) })
    await dialog.field('End').fill('')
    await dialog.claimField(1, 'URL').fill('ftp://example.org/report')
    await expect(dialog.claimField(1, 'URL')).toHaveAccessibleDescription(/http\(s\) address/)
    await dialog.claim(1).scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(OUT, `event-dialog-claims${suffix}.png`) })
    await app.close()
  }
})

test('writes screenshots of linked accounts and a kept document', async ({ launch }) => {
  const folder = await mkdtemp(join(tmpdir(), 'screenshots-'))
  // A test document: a page saved as plain text, kept with its SHA-256.
  const openPath = join(folder, 'delegation-statement.txt')
  await writeFile(openPath, 'Test document: a statement saved as plain text.\n')
  for (const colorScheme of ['light', 'dark'] as const) {
    const savePath = join(folder, `Evidence ${colorScheme}.timeline`)
    const app = await launch({
      colorScheme,
      savePath,
      openPath,
      viewport: { width: 1440, height: 1100 },
    })
    const { page } = app
    const suffix = colorScheme === 'light' ? '' : '-dark'
    const file = new TimelineFile(page)
    await file.openAnother(() => file.button('Save a copy').click())
    const ui = new TimelinePage(page)
    const details = new DetailsPanel(page)
    await ui.openFromList('Military delegation prepares to brief the White House')
    await details.claim(1).getByRole('button', { name: 'Attach document' }).click()
    await page
      .getByRole('dialog', { name: 'Attach document' })
      .getByRole('button', { name: 'Choose file…' })
      .click()
    await expect(details.claim(1)).toContainText('SHA-256')
    // The lanes of the accounts the sample links, every row of them in view.
    const filters = page.getByRole('group', { name: 'Filters' })
    for (const track of ['Europe and UK', 'Mediators (Qatar, Türkiye)'])
      await filters.getByRole('checkbox', { name: track }).uncheck()
    await ui.showEveryRow()
    await page.getByRole('switch', { name: 'Show links' }).check()
    await expect(page.locator('[data-link-connector]').first()).toBeAttached()
    await details.region.getByRole('heading', { name: 'Sources' }).scrollIntoViewIfNeeded()
    await details.region
      .getByRole('heading', { name: 'Sources' })
      .evaluate((h) => h.scrollIntoView({ block: 'start' }))
    await page.screenshot({ path: join(OUT, `evidence${suffix}.png`) })
    await app.close()
  }
})

test('writes screenshots of the Import events dialog, checked, with a rejected row', async ({
  launch,
}) => {
  const dir = await mkdtemp(join(tmpdir(), 'screenshots-import-'))
  const openPath = join(dir, 'test-acled.csv')
  await writeFile(
    openPath,
    csvText(ACLED_HEADER, [
      acledRow({ event_id_cnty: 'TST9001', notes: 'Test row: a clash was reported.' }),
      acledRow({ event_id_cnty: 'TST9002', event_date: '16 May 2025', location: 'Istanbul' }),
      acledRow({ event_id_cnty: 'TST9003', event_date: '2025-13-01' }),
    ]),
  )
  for (const colorScheme of ['light', 'dark'] as const) {
    const app = await launch({ colorScheme, openPath, viewport: { width: 1440, height: 900 } })
    const importing = new ImportDialog(app.page)
    await importing.open()
    await importing.button('Check rows').click()
    await expect(importing.rejectedRows).toBeVisible()
    const suffix = colorScheme === 'light' ? '' : '-dark'
    await app.page.screenshot({ path: join(OUT, `import-dialog${suffix}.png`) })
    await app.close()
  }
})
