import type { Locator, Page } from '@playwright/test'

/** The selected event's details, found by role and name. */
export class DetailsPanel {
  readonly region: Locator
  readonly heading: Locator
  readonly claims: Locator

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Event details' })
    this.heading = this.region.getByRole('heading', { level: 2 })
    this.claims = this.region.getByRole('listitem').filter({ has: page.locator('.claim-text') })
  }

  claim(index: number): Locator {
    return this.region.getByRole('listitem', { name: `Claim ${index}`, exact: true })
  }

  button(name: string): Locator {
    return this.region.getByRole('button', { name, exact: true })
  }
}
