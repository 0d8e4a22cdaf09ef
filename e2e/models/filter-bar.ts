import type { Locator, Page } from '@playwright/test'

/** The filter bar: tracks, statuses, actors, tags and dates, found by role and name. */
export class FilterBar {
  readonly group: Locator
  readonly clear: Locator
  readonly from: Locator
  readonly to: Locator

  constructor(readonly page: Page) {
    this.group = page.getByRole('group', { name: 'Filters' })
    this.clear = this.group.getByRole('button', { name: 'Clear filters' })
    this.from = this.group.getByLabel('From date')
    this.to = this.group.getByLabel('To date')
  }

  /** A track, status, actor or tag choice. */
  option(name: string): Locator {
    return this.group.getByRole('checkbox', { name })
  }

  /** Opens one of the menus ("Actors", "Tags"). */
  async openMenu(name: string): Promise<void> {
    await this.group.locator('summary', { hasText: name }).click()
  }
}
