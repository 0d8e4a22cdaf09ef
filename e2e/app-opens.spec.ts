import { expect, test } from './support/fixtures'

test('opens on the timeline of the bundled events', async ({ app }) => {
  const timeline = app.page.getByRole('region', { name: 'Timeline' })
  await expect(timeline).toBeVisible()
  // So that every lane fits, the United States lane's later rows are behind its "+N more".
  await timeline.getByRole('button', { name: /^\+\d+ more in United States$/ }).click()
  for (const title of [
    /^Trump and Putin hold a summit in Alaska/,
    /^Witkoff and Dmitriev meet in Miami/,
    /^US Army Secretary Driscoll visits Kyiv/,
    /^Trump endorses a 28-point plan/,
  ]) {
    await expect(timeline.getByRole('button', { name: title })).toBeVisible()
  }
})
