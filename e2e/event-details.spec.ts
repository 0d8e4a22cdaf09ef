import { TimelinePage } from './models/timeline-page'
import { dataFolderWith, eventWith, fixtureEvent } from './support/data-folders'
import { expect, test } from './support/fixtures'

test('a click opens the event: heading, date, place, actors, status, notes and sources', async ({
  ui,
}) => {
  await ui.open('US Army Secretary Driscoll visits Kyiv')
  const details = ui.details
  await expect(details.getByRole('heading', { level: 2 })).toHaveText(
    'US Army Secretary Driscoll visits Kyiv with a Pentagon delegation',
  )
  await expect(details).toContainText('19–20 Nov 2025')
  await expect(details).toContainText('Local zone: EET (Europe/Kyiv)')
  await expect(details).toContainText('Your zone: GMT (Europe/London)')
  await expect(details).toContainText('Kyiv, Ukraine')
  await expect(details.getByRole('list', { name: 'Actors' })).toContainText(
    'Daniel Driscoll (envoy)',
  )
  await expect(details).toContainText('Confirmed')
  // The event's own summary is named as in the Event dialog, apart from "My notes".
  await expect(details.getByRole('heading', { name: 'Summary', exact: true })).toBeVisible()
  await expect(details).toContainText('US Army Secretary Daniel Driscoll went to Kyiv')
  const sources = details.getByRole('list', { name: 'Sources' })
  const claims = sources.getByRole('listitem')
  await expect(claims).not.toHaveCount(0)
  const first = claims.first()
  await expect(first).toContainText('NBC News')
  // NBC's report, read in the 21 Nov report, which gives no day for it.
  await expect(first).toContainText('reported by 21 Nov 2025 · read 21 Nov 2025')
  await expect(first).toContainText('no link recorded')
})

test('marks disputed claims and keeps them next to the claim they contradict', async ({ ui }) => {
  await ui.open('US Army Secretary Driscoll visits Kyiv')
  const claims = ui.details.getByRole('list', { name: 'Sources' }).getByRole('listitem')
  const texts = await claims.allTextContents()
  const whiteHouse = texts.findIndex((t) => t.includes('broader push to restart negotiations'))
  const pentagon = texts.findIndex((t) => t.includes('not the central topic'))
  expect(pentagon).toBe(whiteHouse + 1)
  await expect(claims.nth(pentagon)).toContainText('◆ Disputed claim')
  await expect(claims.nth(pentagon)).toHaveCSS('border-left-style', 'double')
})

test('Enter opens the focused event, arrows move through time, Escape closes', async ({
  ui,
  details,
}) => {
  await ui.event('Trump and Putin hold a summit in Alaska').focus()
  await ui.page.keyboard.press('Enter')
  const heading = details.heading
  await expect(heading).toHaveText('Trump and Putin hold a summit in Alaska')

  await ui.event('Trump and Putin hold a summit in Alaska').focus()
  await ui.page.keyboard.press('ArrowRight')
  await expect(heading).toHaveText('Trump and Putin speak by phone')
  // Focus follows the selection along the timeline.
  await expect(ui.event('Trump and Putin speak by phone')).toBeFocused()
  await ui.page.keyboard.press('ArrowLeft')
  await expect(heading).toHaveText('Trump and Putin hold a summit in Alaska')
  await expect(ui.event('Trump and Putin hold a summit in Alaska')).toBeFocused()
  await ui.page.keyboard.press('ArrowLeft')
  await expect(heading).toHaveText(
    'Russia and Ukraine hold a third round of direct talks in Istanbul',
  )

  await heading.focus()
  await ui.page.keyboard.press('Escape')
  await expect(details.heading).toHaveCount(0)
})

test('opens a claim’s URL in the system browser through the contract', async ({ launch }) => {
  const base = fixtureEvent()
  const claim = { ...base.claims[0]!, url: 'https://example.org/report' }
  const dir = await dataFolderWith([eventWith({ claims: [claim, base.claims[0]!] })])
  const app = await launch({ dataDir: dir })
  const ui = new TimelinePage(app.page)
  await ui.open('Trump and Putin hold a summit in Alaska')
  const claims = ui.details.getByRole('list', { name: 'Sources' }).getByRole('listitem')
  await claims.first().getByRole('button', { name: 'Open source in browser' }).click()
  await expect.poll(() => app.openedUrls).toEqual(['https://example.org/report'])
  await expect(claims.nth(1)).toContainText('no link recorded')
})

test('arrows reach events in lanes scrolled out of view, and show them focused', async ({ ui }) => {
  // Zoomed in on October to early November, the United States lane is tall enough to push the
  // lanes below it out of view. Each step is waited for, so the next builds on it.
  const drawn = () => ui.drawnWindows()
  await expect(ui.rangeReadout).not.toHaveText('')
  for (let step = 0; step < 5; step += 1) {
    const before = await ui.rangeReadout.textContent()
    const drawnBefore = await drawn()
    await ui.button('Zoom in').click()
    await expect(ui.rangeReadout).not.toHaveText(before ?? '')
    await expect.poll(drawn).toBeGreaterThan(drawnBefore)
  }
  await expect(ui.rangeReadout).toHaveText('11 Oct 2025 – 5 Nov 2025')
  const heading = ui.details.getByRole('heading', { level: 2 })
  // Every lane shown whole ("+N more" pressed in each), so the lanes overflow the view.
  await ui.showEveryRow()
  await ui.event('Witkoff and Dmitriev meet in Miami').focus()

  for (const title of [
    'Energoatom corruption investigation made public in Ukraine',
    'Axios first reports the 28-point plan',
  ]) {
    await ui.page.keyboard.press('ArrowRight')
    await expect(heading).toHaveText(title)
    const chip = ui.event(title)
    await expect(chip).toBeFocused()
    // Within the lanes' visible part, not just somewhere in the page.
    await expect
      .poll(() =>
        chip.evaluate((element) => {
          const lanes = element.closest('[data-timeline-lanes]')!
          const view = lanes.getBoundingClientRect()
          const box = element.getBoundingClientRect()
          return box.top >= view.top && box.bottom <= view.bottom
        }),
      )
      .toBe(true)
  }
})
