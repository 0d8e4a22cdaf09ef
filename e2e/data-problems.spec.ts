import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { TimelinePage } from './models/timeline-page'
import { dataFolderWith, eventWith } from './support/data-folders'
import { expect, test } from './support/fixtures'

test('opens with every valid event and lists each data problem with file, path and reason', async ({
  launch,
}) => {
  const dir = await dataFolderWith([
    eventWith({ id: 'good', title: 'A valid event' }),
    { ...eventWith({ id: 'bad-track', title: 'Broken track' }), track: 'atlantis' },
    eventWith({ id: 'bad-dates', title: 'Ends first', end: '2025-08-01' }),
  ])
  await writeFile(join(dir, 'sources.json'), '{ "schemaVersion": 1, "sources": [')
  const app = await launch({ dataDir: dir })
  const ui = new TimelinePage(app.page)

  const problems = app.page.getByRole('region', { name: 'Data problems' })
  await expect(problems).toBeVisible()
  await expect(problems).toContainText('sources.json at (whole file): not valid JSON')
  await expect(problems).toContainText('events.json at events[1].track')
  await expect(problems).toContainText('events.json at events[2].end: end is before start')

  // With sources.json unreadable, events citing its sources are left out too, and say so.
  await expect(problems).toContainText('no source with id "nbc-news"')
  await expect(ui.timeline).toBeVisible()
})

test('shows no data problems region for the bundled data', async ({ app }) => {
  await expect(app.page.getByRole('region', { name: 'Timeline' })).toBeVisible()
  await expect(app.page.getByRole('region', { name: 'Data problems' })).toHaveCount(0)
})

test('keeps the valid events of a folder where only some records are bad', async ({ launch }) => {
  const dir = await dataFolderWith([
    eventWith({ id: 'good', title: 'A valid event' }),
    { ...eventWith({ id: 'no-claims', title: 'No claims' }), claims: [] },
  ])
  const app = await launch({ dataDir: dir })
  const ui = new TimelinePage(app.page)
  await expect(ui.event('A valid event')).toBeVisible()
  await expect(ui.event('No claims')).toHaveCount(0)
  await expect(app.page.getByRole('region', { name: 'Data problems' })).toContainText(
    'events[1].claims: an event needs at least one claim',
  )
})
