import type { Locator, Page } from '@playwright/test'

/** The "Link" dialog, the details' "Linked accounts" and the kept documents, by role and name. */
export class Evidence {
  readonly linkDialog: Locator
  readonly linked: Locator
  readonly showLinks: Locator
  readonly connectors: Locator

  constructor(readonly page: Page) {
    const details = page.getByRole('region', { name: 'Event details' })
    this.linkDialog = page.getByRole('dialog', { name: 'Link', exact: true })
    this.linked = details.getByRole('list', { name: 'Linked accounts' })
    this.showLinks = page.getByRole('switch', { name: 'Show links' })
    this.connectors = page.locator('[data-link-overlay] [data-link-connector]')
  }

  /** The entry of "Linked accounts" whose other side has this title. */
  linkTo(title: string): Locator {
    return this.linked.getByRole('listitem').filter({ hasText: title })
  }

  /** The button of an entry that opens the other event. */
  openButton(title: string): Locator {
    return this.linkTo(title).getByRole('button', { name: new RegExp(`^${escape(title)}`) })
  }

  /** Links the open event to another found by words of its title, as a user would. */
  async link(words: string, title: string, kind: string, note?: string): Promise<void> {
    const dialog = this.linkDialog
    await dialog.getByRole('searchbox', { name: 'Find the other event' }).fill(words)
    await dialog.getByRole('radio', { name: new RegExp(`^${escape(title)}`) }).check()
    await dialog.getByRole('combobox', { name: 'Kind' }).selectOption({ label: kind })
    if (note) await dialog.getByRole('textbox', { name: 'Note (optional)' }).fill(note)
    await dialog.getByRole('button', { name: 'Save link' }).click()
  }

  /** A connector drawn between two events, whichever way the link goes. */
  connectorBetween(a: string, b: string): Locator {
    return this.page.locator(
      `[data-link-connector][data-link-from="${a}"][data-link-to="${b}"], [data-link-connector][data-link-from="${b}"][data-link-to="${a}"]`,
    )
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
