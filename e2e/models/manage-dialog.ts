import type { Locator, Page } from '@playwright/test'

/** The "Manage" dialog: tracks, actors and sources, a tab each. */
export class ManageDialog {
  readonly dialog: Locator
  readonly status: Locator

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Manage', exact: true })
    this.status = this.dialog.getByRole('status')
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('group', { name: 'Edit', exact: true })
      .getByRole('button', { name: 'Manage' })
      .click()
    await this.dialog.waitFor()
  }

  async showTab(name: 'Tracks' | 'Actors' | 'Sources'): Promise<void> {
    await this.dialog.getByRole('tab', { name }).click()
  }

  /** One item's row in the open tab, by its name. */
  item(name: string): Locator {
    return this.dialog.getByRole('tabpanel').getByRole('listitem', { name, exact: true })
  }

  /** Adds an item through the form under the open tab's list, and waits for it to be done. */
  async add(kind: 'track' | 'actor' | 'source', name: string): Promise<void> {
    await this.dialog.getByLabel(`New ${kind} name`, { exact: true }).fill(name)
    await this.dialog.getByRole('button', { name: `Add ${kind}` }).click()
    await this.status.filter({ hasText: `Done: Add ${kind} “${name}”.` }).waitFor()
  }

  async mergeInto(name: string, into: string): Promise<void> {
    const row = this.item(name)
    await row.getByLabel('Merge into', { exact: true }).selectOption({ label: into })
    await row.getByRole('button', { name: 'Merge', exact: true }).click()
  }

  async close(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Close', exact: true }).click()
    await this.dialog.waitFor({ state: 'hidden' })
  }
}
