import type { Locator, Page } from '@playwright/test'

/** The "My notes" section of the open event. */
export class NotesPanel {
  readonly section: Locator
  readonly list: Locator
  readonly textbox: Locator

  constructor(readonly page: Page) {
    const details = page.getByRole('region', { name: 'Event details' })
    this.section = details.getByRole('region', { name: 'My notes' })
    this.list = this.section.getByRole('list', { name: 'My notes' })
    this.textbox = this.section.getByRole('textbox', { name: 'Note' })
  }

  button(name: string): Locator {
    return this.section.getByRole('button', { name, exact: true })
  }

  notes(): Locator {
    return this.list.getByRole('listitem')
  }

  async add(text: string): Promise<void> {
    await this.button('Add note').click()
    await this.textbox.fill(text)
    await this.button('Save note').click()
    await this.section.getByRole('status').getByText('Note saved.').waitFor()
  }
}
