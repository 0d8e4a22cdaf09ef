import type { Locator, Page } from '@playwright/test'

/** The open timeline's file: its title, the file commands, Open Recent and the read-only notice. */
export class TimelineFile {
  readonly title: Locator
  readonly commands: Locator
  readonly readOnlyNotice: Locator
  readonly recentMenu: Locator

  constructor(readonly page: Page) {
    this.title = page.getByRole('heading', { level: 1 })
    this.commands = page.getByRole('group', { name: 'Timeline file' })
    this.readOnlyNotice = page.getByRole('region', { name: 'Read-only notice' })
    this.recentMenu = page.getByRole('menu', { name: 'Recent timelines' })
  }

  button(name: 'New timeline' | 'Open timeline' | 'Save a copy' | 'Open Recent'): Locator {
    return this.commands.getByRole('button', { name, exact: true })
  }

  /** Runs a command that opens another timeline, and waits for the page to show it. */
  async openAnother(run: () => Promise<void>): Promise<void> {
    const reloaded = this.page.waitForEvent('load')
    await run()
    await reloaded
    await this.page.waitForFunction(() => document.documentElement.dataset['appState'] === 'ready')
  }
}
