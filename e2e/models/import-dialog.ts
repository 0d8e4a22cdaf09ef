import type { Locator, Page } from '@playwright/test'
import { TimelineFile } from './timeline-file'

/** The "Import events" dialog, found by its name and its controls' names. */
export class ImportDialog {
  readonly dialog: Locator
  readonly summary: Locator
  readonly rejectedRows: Locator

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Import events' })
    this.summary = this.dialog.getByRole('region', { name: 'Import summary' }).getByRole('status')
    this.rejectedRows = this.dialog.getByRole('list', { name: 'Rejected rows' })
  }

  button(name: 'Check rows' | 'Import valid rows' | 'Cancel' | 'Done' | 'Save rejected rows') {
    return this.dialog.getByRole('button', { name, exact: true })
  }

  target(name: 'This timeline' | 'A new timeline'): Locator {
    return this.dialog.getByRole('radio', { name })
  }

  /** Opens the dialog on the file the test host's open dialog answers with. */
  async open(): Promise<void> {
    await this.page.getByRole('button', { name: 'Import events', exact: true }).click()
    await this.dialog.waitFor()
  }

  /** Imports the checked rows, then closes the dialog, which shows the timeline as it now is. */
  async importAndClose(): Promise<void> {
    await this.button('Import valid rows').click()
    await this.summary.filter({ hasText: 'Imported:' }).waitFor()
    const file = new TimelineFile(this.page)
    await file.openAnother(() => this.button('Done').click())
  }
}
