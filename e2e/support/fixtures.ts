import { test as base } from '@playwright/test'
import { DetailsPanel } from '../models/details-panel'
import { ExportDialog } from '../models/export-dialog'
import { FilterBar } from '../models/filter-bar'
import { TimelinePage } from '../models/timeline-page'
import { launchApp, type LaunchedApp, type LaunchOptions } from './app'

export { expect } from '@playwright/test'

interface AppFixtures {
  /** How `app` is launched; a spec or describe block sets it with `test.use`. */
  appOptions: LaunchOptions
  /**
   * Launches an app (on a fresh user-data folder unless given one); every app launched is
   * closed when the test ends. For specs that need a data folder of their own or a relaunch.
   */
  launch(options?: LaunchOptions): Promise<LaunchedApp>
  /** The app, launched on a fresh user-data folder and closed after the test. */
  app: LaunchedApp
  ui: TimelinePage
  details: DetailsPanel
  filterBar: FilterBar
  exportDialog: ExportDialog
}

/** Each test gets a launched app on a fresh user-data folder, and page models for its parts. */
export const test = base.extend<AppFixtures>({
  appOptions: [{}, { option: true }],
  // Playwright reads a fixture's dependencies from its first parameter's pattern: none here.
  // eslint-disable-next-line no-empty-pattern
  launch: async ({}, use) => {
    const launched: LaunchedApp[] = []
    await use(async (options = {}) => {
      const app = await launchApp(options)
      // A test may close an app itself (to relaunch on its folder); it is closed only once.
      const close = app.close.bind(app)
      let closing: Promise<void> | null = null
      app.close = () => (closing ??= close())
      launched.push(app)
      return app
    })
    for (const app of launched) await app.close()
  },
  app: async ({ launch, appOptions }, use) => {
    await use(await launch(appOptions))
  },
  ui: async ({ app }, use) => {
    await use(new TimelinePage(app.page))
  },
  details: async ({ app }, use) => {
    await use(new DetailsPanel(app.page))
  },
  filterBar: async ({ app }, use) => {
    await use(new FilterBar(app.page))
  },
  exportDialog: async ({ app }, use) => {
    await use(new ExportDialog(app.page))
  },
})
