import { expect, type Locator, type Page } from '@playwright/test'

/** The main screen, found the way a user (or a screen reader) finds it: by role and name. */
export class TimelinePage {
  readonly timeline: Locator
  readonly details: Locator
  readonly eventList: Locator
  readonly search: Locator
  readonly rangeReadout: Locator
  readonly filters: Locator

  constructor(readonly page: Page) {
    this.timeline = page.getByRole('region', { name: 'Timeline' })
    this.details = page.getByRole('region', { name: 'Event details' })
    this.eventList = page.getByRole('list', { name: 'Event list' })
    this.search = page.getByRole('searchbox', { name: 'Search events' })
    this.rangeReadout = page.getByLabel('Visible range', { exact: true })
    this.filters = page.getByRole('group', { name: 'Filters' })
  }

  event(title: string | RegExp): Locator {
    const name = typeof title === 'string' ? new RegExp(`^${escapeRegExp(title)}`) : title
    return this.timeline.getByRole('button', { name })
  }

  /** How many windows the timeline has drawn: the app's own "drawn" signal. */
  drawnWindows(): Promise<number> {
    return this.page.evaluate(() => Number(document.documentElement.dataset['drawnWindows'] ?? 0))
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true })
  }

  /** The titles in the event list, once it has caught up with the current search and filters. */
  async listedTitles(): Promise<string[]> {
    await expect(this.page.getByTestId('event-list-panel')).toHaveAttribute('aria-busy', 'false')
    return this.eventList
      .locator('.event-list-title')
      .evaluateAll((nodes) => nodes.map((node) => node.firstChild?.textContent ?? ''))
  }

  async timelineEventIds(): Promise<string[]> {
    await expect(this.page.getByTestId('event-list-panel')).toHaveAttribute('aria-busy', 'false')
    return this.timeline
      .locator('.event-chip')
      .evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset['eventId'] ?? ''))
  }

  /** Opens an event from the event list, which reaches every event whatever the zoom. */
  async openFromList(title: string): Promise<void> {
    await this.eventList.getByRole('button', { name: new RegExp(escapeRegExp(title)) }).click()
    await this.details.getByRole('heading', { level: 2, name: title }).waitFor()
  }

  /**
   * The lanes' "+N more" buttons: when the lanes would not all fit in view, long ones show
   * their first rows only.
   */
  laneMore(): Locator {
    return this.timeline.getByRole('button', { name: /^\+\d+ more in / })
  }

  /** Shows every lane whole, as a user does by pressing each lane's "+N more". */
  async showEveryRow(): Promise<void> {
    const more = this.laneMore()
    for (let lane = 0; lane < 20 && (await more.count()) > 0; lane += 1) {
      await more.first().click()
    }
    await expect(more).toHaveCount(0)
  }

  /** Makes sure an event's chip is drawn: one in a capped lane's hidden rows is shown with them. */
  async reveal(title: string | RegExp): Promise<void> {
    if ((await this.event(title).count()) === 0) await this.showEveryRow()
  }

  async open(title: string | RegExp): Promise<void> {
    await this.reveal(title)
    await this.event(title).click()
    await this.details.getByRole('heading', { level: 2 }).waitFor()
  }
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
