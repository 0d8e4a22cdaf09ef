import type { Page } from '@playwright/test'
import { TimelinePage } from './models/timeline-page'
import { expect, test } from './support/fixtures'

/** The time axis as a user reads it: each label's text, and where it stands in the lanes. */
async function axisLabels(page: Page): Promise<Array<{ text: string; left: number }>> {
  const lanes = await page.locator('[data-timeline-lanes]').boundingBox()
  if (!lanes) throw new Error('no lanes')
  const labels = await page.locator('[data-time-axis] > *').evaluateAll((nodes) =>
    nodes
      .filter((node) => getComputedStyle(node).visibility !== 'hidden')
      .map((node) => {
        const box = node.getBoundingClientRect()
        return { text: node.textContent ?? '', left: box.left, right: box.right }
      }),
  )
  return labels
    .filter(
      ({ text, left, right }) => text !== '' && right > lanes.x && left < lanes.x + lanes.width,
    )
    .map(({ text, left }) => ({ text, left: Math.round(left - lanes.x) }))
    .sort((a, b) => a.left - b.left || a.text.localeCompare(b.text))
}

test('reopens on the window last shown, drawn as it was, time axis and all', async ({ launch }) => {
  const first = await launch()
  const ui = new TimelinePage(first.page)
  await expect(ui.rangeReadout).not.toHaveText('')
  const atStart = await axisLabels(first.page)
  await ui.timeline.focus()
  for (const key of '+ + ArrowRight + + ArrowLeft + + ArrowLeft + -'.split(' ')) {
    const drawn = await ui.drawnWindows()
    await first.page.keyboard.press(key)
    await expect.poll(() => ui.drawnWindows()).toBeGreaterThan(drawn)
  }
  // The axis is redrawn in place at each step: it moved on to days and their months.
  const zoomed = await axisLabels(first.page)
  expect(zoomed.map((label) => label.text)).toContain('November 2025')
  expect(zoomed.length).toBeGreaterThan(atStart.length)
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
  // Drawn anew for that window, the axis reads and stands as it did after the steps.
  await expect
    .poll(async () => (await axisLabels(again.page)).map((label) => label.text))
    .toEqual(zoomed.map((label) => label.text))
  const fresh = await axisLabels(again.page)
  zoomed.forEach((label, i) => expect(Math.abs(label.left - fresh[i]!.left)).toBeLessThanOrEqual(1))
})

// A step that only moves the window redraws the time axis alone, with the sizes the widget
// measured last; a new window size must be measured again before the next step is drawn.
test('after the window is resized, steps draw the axis as a fresh start on that size does', async ({
  launch,
}) => {
  const first = await launch({ viewport: { width: 1440, height: 900 } })
  const ui = new TimelinePage(first.page)
  await expect(ui.rangeReadout).not.toHaveText('')
  const steps = async (keys: string) => {
    await ui.timeline.focus()
    for (const key of keys.split(' ')) {
      const drawn = await ui.drawnWindows()
      await first.page.keyboard.press(key)
      await expect.poll(() => ui.drawnWindows()).toBeGreaterThan(drawn)
    }
  }
  await steps('+ + ArrowRight')
  const lanesWidth = async () =>
    (await first.page.locator('[data-timeline-lanes]').boundingBox())?.width ?? 0
  await first.page.setViewportSize({ width: 1000, height: 700 })
  await expect.poll(lanesWidth).toBeLessThan(1000)
  await steps('+ ArrowLeft + - ArrowRight')
  const readout = async () => (await ui.rangeReadout.textContent()) ?? ''
  await expect
    .poll(async () => {
      const before = await readout()
      await first.page.waitForTimeout(500)
      return (await readout()) === before
    })
    .toBe(true)
  const stepped = await axisLabels(first.page)
  expect(stepped.length).toBeGreaterThan(3)
  const { userDataDir } = first
  await first.close()

  const again = await launch({ userDataDir, viewport: { width: 1000, height: 700 } })
  await expect
    .poll(async () => (await axisLabels(again.page)).map((label) => label.text))
    .toEqual(stepped.map((label) => label.text))
  const fresh = await axisLabels(again.page)
  stepped.forEach((label, i) =>
    expect(Math.abs(label.left - fresh[i]!.left), label.text).toBeLessThanOrEqual(1),
  )
})
