import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import AxeBuilder from '@axe-core/playwright'
import { parse } from 'csv-parse/sync'
import { ACLED_HEADER, acledRow, csvText } from '../src/main/core/test-support/import-fixtures'
import { DetailsPanel } from './models/details-panel'
import { ImportDialog } from './models/import-dialog'
import { TimelineFile } from './models/timeline-file'
import { TimelinePage } from './models/timeline-page'
import { expect, test } from './support/fixtures'

// Made-up rows in ACLED's shape; the third has a month that does not exist.
const ROWS = [
  acledRow({ event_id_cnty: 'TST9001', notes: 'Test row: a clash was reported near the city.' }),
  acledRow({
    event_id_cnty: 'TST9002',
    event_date: '16 May 2025',
    event_type: 'Strategic developments',
    sub_event_type: 'Agreement',
    location: 'Istanbul',
    admin1: 'Istanbul',
    country: 'Türkiye',
    actor1: 'Test delegation A',
    actor2: 'Test delegation B',
    notes: 'Test row: two delegations met.',
  }),
  acledRow({ event_id_cnty: 'TST9003', event_date: '2025-13-01' }),
  acledRow({
    event_id_cnty: 'TST9004',
    event_date: '2025-11-20',
    sub_event_type: 'Shelling/artillery/missile attack',
    event_type: 'Explosions/Remote violence',
    location: 'Kharkiv',
    admin1: 'Kharkiv',
    notes: 'Test row: shelling was reported.',
  }),
]

async function acledFile(rows = ROWS): Promise<{ dir: string; path: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'import-e2e-'))
  const path = join(dir, 'test-acled.csv')
  await writeFile(path, csvText(ACLED_HEADER, rows))
  return { dir, path }
}

test('imports an ACLED export: the bad row by its line, the rest added, and updated on re-import', async ({
  launch,
}) => {
  const { dir, path } = await acledFile()
  const app = await launch({ openPath: path, savePath: join(dir, 'ACLED test.timeline') })
  const { page } = app
  const importing = new ImportDialog(page)
  const ui = new TimelinePage(page)

  await importing.open()
  await expect(importing.dialog).toContainText('recognised as: ACLED export')
  // The bundled sample cannot take an import: a new timeline is the target.
  await expect(importing.target('This timeline')).toBeDisabled()
  await expect(importing.target('A new timeline')).toBeChecked()
  await expect(importing.button('Import valid rows')).toBeDisabled()
  await importing.button('Check rows').click()
  await expect(importing.summary).toHaveText(
    'Checked: 3 to add, 0 to update, 0 unchanged, 1 rejected.',
  )
  await expect(importing.rejectedRows.getByRole('listitem')).toHaveText([
    "line 4, event_date: '2025-13-01' is not a date",
  ])
  // The dialog, checked by axe as a screen-reader user meets it: it was looked at, and passes.
  const axe = await new AxeBuilder({ page }).include('dialog[open]').analyze()
  expect(axe.passes.length).toBeGreaterThan(0)
  expect(axe.violations.filter((v) => ['serious', 'critical'].includes(v.impact ?? ''))).toEqual([])
  await importing.importAndClose()

  const file = new TimelineFile(page)
  await expect(file.title).toHaveText('ACLED test')
  expect((await ui.listedTitles()).sort()).toEqual([
    'Agreement in Istanbul',
    'Armed clash in Київ',
    'Shelling/artillery/missile attack in Kharkiv',
  ])
  await ui.button('Fit all').click()
  await ui.reveal('Armed clash in Київ')
  await expect(ui.event('Armed clash in Київ')).toBeVisible()

  // The same export, a day later: one row's notes changed. It updates, never duplicates.
  const changed = [{ ...ROWS[0]!, notes: 'Test row: the clash was later reported as heavier.' }]
  await writeFile(path, csvText(ACLED_HEADER, [...changed, ...ROWS.slice(1)]))
  await importing.open()
  await expect(importing.target('This timeline')).toBeChecked()
  await importing.button('Check rows').click()
  await expect(importing.summary).toHaveText(
    'Checked: 0 to add, 1 to update, 2 unchanged, 1 rejected.',
  )
  await importing.button('Import valid rows').click()
  await expect(importing.summary).toHaveText(
    'Imported: 0 added, 1 updated, 2 unchanged, 1 rejected.',
  )
  await new TimelineFile(page).openAnother(() => importing.button('Done').click())
  expect(await ui.listedTitles()).toHaveLength(3)
  await ui.openFromList('Armed clash in Київ')
  const details = new DetailsPanel(page)
  await expect(details.region).toContainText('the clash was later reported as heavier')
  const history = details.region.getByRole('list', { name: 'History' })
  await expect(history.getByRole('listitem').first()).toContainText('Import “test-acled.csv”')
})

test('saves the rejected rows as a CSV to fix and import again, and Cancel changes nothing', async ({
  launch,
}) => {
  const { dir, path } = await acledFile()
  const rejected = join(dir, 'rejected.csv')
  const app = await launch({ openPath: path, savePath: rejected })
  const ui = new TimelinePage(app.page)
  const before = await ui.listedTitles()
  const importing = new ImportDialog(app.page)
  await importing.open()
  await importing.button('Check rows').click()
  await importing.button('Save rejected rows').click()
  await expect(importing.dialog.getByRole('status').last()).toContainText(rejected)
  const rows = parse<Record<string, string>>(await readFile(rejected, 'utf8'), {
    bom: true,
    columns: true,
  })
  expect(rows).toHaveLength(1)
  expect(rows[0]).toMatchObject({ event_id_cnty: 'TST9003', event_date: '2025-13-01' })
  await importing.button('Cancel').click()
  await expect(importing.dialog).toBeHidden()
  expect(await ui.listedTitles()).toEqual(before)
})
