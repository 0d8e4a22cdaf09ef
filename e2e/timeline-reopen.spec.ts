import { TimelinePage } from './models/timeline-page'
import { expect, test } from './support/fixtures'

test('reopens on the window last shown, drawn as it was', async ({ launch }) => {
  const first = await launch()
  const ui = new TimelinePage(first.page)
  await expect(ui.rangeReadout).not.toHaveText('')
  await ui.timeline.focus()
  for (const key of '+ + ArrowRight + + ArrowLeft + + ArrowLeft + -'.split(' ')) {
    const drawn = await ui.drawnWindows()
    await first.page.keyboard.press(key)
    await expect.poll(() => ui.drawnWindows()).toBeGreaterThan(drawn)
  }
  // The window is remembered once it has settled.
  const readout = async () => (await ui.rangeReadout.textContent()) ?? ''
  let settled = ''
  await expect
    .poll(async () => {
      const before = await readout()
      await first.page.waitForTimeout(500)
      settled = await readout()
      return settled === before
    })
    .toBe(true)
  const events = (await ui.timelineEventIds()).sort()
  expect(events.length).toBeGreaterThan(0)
  const { userDataDir } = first
  await first.close()

  const again = await launch({ userDataDir })
  const reopened = new TimelinePage(again.page)
  await expect(reopened.rangeReadout).toHaveText(settled)
  // Opened on a remembered window, the timeline once stayed blank until it was zoomed or panned.
  await expect(reopened.timeline.locator('[data-lane-label]').first()).toBeVisible()
  await expect.poll(async () => (await reopened.timelineEventIds()).sort()).toEqual(events)
  await expect(reopened.timeline.locator('.event-chip').first()).toBeVisible()
})
