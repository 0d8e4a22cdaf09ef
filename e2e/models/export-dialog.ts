import type { Locator, Page } from '@playwright/test'

/** The "Export PDF" dialog, found by role and name. */
export class ExportDialog {
  readonly dialog: Locator
  readonly pageSize: Locator
  readonly exportButton: Locator
  readonly alert: Locator

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Export PDF' })
    this.pageSize = this.dialog.getByRole('combobox', { name: 'Page size' })
    this.exportButton = this.dialog.getByRole('button', { name: 'Export' })
    this.alert = this.dialog.getByRole('alert')
  }

  /** Opens the dialog from the header's button. */
  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Export PDF', exact: true }).click()
    await this.dialog.waitFor()
  }

  checkbox(name: string): Locator {
    return this.dialog.getByRole('checkbox', { name })
  }

  radio(name: string): Locator {
    return this.dialog.getByRole('radio', { name })
  }

  /** Exports and waits for the status line to say where the PDF was saved. */
  async exportTo(savePath: string): Promise<void> {
    await this.exportButton.click()
    await this.page
      .getByRole('status')
      .filter({ hasText: `Saved ${savePath}` })
      .first()
      .waitFor({ timeout: 60_000 })
  }
}
