import type { Locator, Page } from '@playwright/test'

/** The "Export events" or "Export citations" dialog, found by role and name. */
export class DataExportDialog {
  readonly dialog: Locator

  constructor(
    readonly page: Page,
    readonly name: 'Export events' | 'Export citations',
  ) {
    this.dialog = page.getByRole('dialog', { name })
  }

  /** Opens the dialog from the header's button. */
  async open(): Promise<void> {
    await this.page
      .getByRole('group', { name: 'Export and import' })
      .getByRole('button', { name: this.name, exact: true })
      .click()
    await this.dialog.waitFor()
  }

  radio(name: string): Locator {
    return this.dialog.getByRole('radio', { name })
  }

  /** Exports and waits for the status line to say where the file was saved; answers it. */
  async exportTo(savePath: string): Promise<string> {
    await this.dialog.getByRole('button', { name: 'Export', exact: true }).click()
    const status = this.page
      .getByRole('status')
      .filter({ hasText: `Saved ${savePath}` })
      .first()
    await status.waitFor({ timeout: 60_000 })
    return (await status.textContent()) ?? ''
  }
}
