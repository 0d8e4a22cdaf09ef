import { expect, test } from './support/fixtures'

test('opens on the timeline of the bundled events', async ({ app }) => {
  const timeline = app.page.getByRole('region', { name: 'Timeline' })
  await expect(timeline).toBeVisible()
  for (const title of [
    /^Trump and Putin hold a summit in Alaska/,
    /^Witkoff and Dmitriev meet in Miami/,
    /^US Army Secretary Driscoll visits Kyiv/,
    /^Trump endorses a 28-point plan/,
  ]) {
    await expect(timeline.getByRole('button', { name: title })).toBeVisible()
  }
})
