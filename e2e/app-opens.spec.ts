import { expect, test } from '@playwright/test'
import { launchApp, type LaunchedApp } from './support/app'

let app: LaunchedApp

test.afterEach(async () => {
  await app?.close()
})

test('opens on the timeline of the bundled events', async () => {
  app = await launchApp()
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
