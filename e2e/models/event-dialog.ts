import { expect, type Locator, type Page } from '@playwright/test'

/** A claim as a user fills it in: an existing source by name, or a new one. */
export interface ClaimInput {
  claimant: string
  source?: string
  newSource?: { name: string; kind: 'News outlet' | 'Government' | 'Document' }
  /** The day a source gives for the report; left empty when omitted. */
  reported?: string
  /** The day it was read; the dialog's default (today) when omitted. */
  readOn?: string
  text: string
  exactQuote?: boolean
  status?: 'Confirmed' | 'Reported' | 'Disputed' | 'Denied'
  url?: string
}

/** An actor row: an existing actor by name, or a new one, and a role. */
export interface ActorInput {
  actor?: string
  newActor?: string
  role: 'Host' | 'Envoy' | 'Mediator' | 'Party'
}

/** The "Event" dialog (Add event, Edit event), found by role and label. */
export class EventDialog {
  readonly dialog: Locator
  readonly save: Locator
  readonly alert: Locator

  constructor(readonly page: Page) {
    this.dialog = page.getByRole('dialog', { name: 'Event', exact: true })
    this.save = this.dialog.getByRole('button', { name: 'Save event' })
    this.alert = this.dialog.getByRole('alert')
  }

  /** Opens the dialog from the header's "Add event". */
  async openToAdd(): Promise<void> {
    await this.page
      .getByRole('group', { name: 'Edit', exact: true })
      .getByRole('button', { name: 'Add event' })
      .click()
    await this.dialog.getByLabel('Title', { exact: true }).waitFor()
  }

  /** One of the event's own fields, by its label ("Title", "Start", "Time zone"…). */
  field(label: string): Locator {
    return this.dialog.getByLabel(label, { exact: true })
  }

  claim(index: number): Locator {
    return this.dialog.getByRole('group', { name: `Claim ${index}`, exact: true })
  }

  claimField(index: number, label: string): Locator {
    return this.claim(index).getByLabel(label, { exact: true })
  }

  actor(index: number): Locator {
    return this.dialog.getByRole('group', { name: `Actor ${index}`, exact: true })
  }

  button(name: string): Locator {
    return this.dialog.getByRole('button', { name, exact: true })
  }

  /** Fills a claim (adding it first when the dialog has fewer). */
  async fillClaim(index: number, claim: ClaimInput): Promise<void> {
    if ((await this.claim(index).count()) === 0) await this.button('Add claim').click()
    await this.claimField(index, 'Claimant').fill(claim.claimant)
    if (claim.newSource) {
      await this.claimField(index, 'Source').selectOption({ label: 'New source…' })
      await this.claimField(index, 'New source name').fill(claim.newSource.name)
      await this.claimField(index, 'New source kind').selectOption({ label: claim.newSource.kind })
    } else if (claim.source) {
      await this.claimField(index, 'Source').selectOption({ label: claim.source })
    }
    await this.claimField(index, 'Reported').fill(claim.reported ?? '')
    if (claim.readOn !== undefined) await this.claimField(index, 'Read on').fill(claim.readOn)
    await this.claimField(index, 'Claim text').fill(claim.text)
    await this.claimField(index, 'Exact quote').setChecked(claim.exactQuote ?? false)
    if (claim.status)
      await this.claimField(index, 'Claim status').selectOption({ label: claim.status })
    if (claim.url) await this.claimField(index, 'URL').fill(claim.url)
  }

  async addActor(index: number, input: ActorInput): Promise<void> {
    await this.button('Add actor').click()
    const row = this.actor(index)
    if (input.newActor) {
      await row.getByLabel('Actor', { exact: true }).selectOption({ label: 'New actor…' })
      await row.getByLabel('New actor name', { exact: true }).fill(input.newActor)
    } else if (input.actor) {
      await row.getByLabel('Actor', { exact: true }).selectOption({ label: input.actor })
    }
    await row.getByLabel('Role', { exact: true }).selectOption({ label: input.role })
  }

  /** Saves, and waits for the dialog to close (it stays open only when the save is refused). */
  async saveEvent(): Promise<void> {
    await expect(this.save).toBeEnabled()
    await this.save.click()
    await expect(this.dialog).toBeHidden()
  }

  /** The problem said beside a field: its accessible description, and its invalid mark. */
  async expectProblem(field: Locator, message: string | RegExp): Promise<void> {
    await expect(field).toHaveAttribute('aria-invalid', 'true')
    await expect(field).toHaveAccessibleDescription(
      typeof message === 'string' ? new RegExp(`^${escape(message)}`) : message,
    )
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
