import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Locator } from '@playwright/test'
import { generateStore } from '../src/main/core/test-support/generate-store'
import { TimelineRepository } from '../src/main/core/timeline/timeline-repository'
import { escapeRegExp, TimelinePage } from './models/timeline-page'
import type { LaunchedApp, LaunchOptions } from './support/app'
import { expect, test } from './support/fixtures'

const TRACK_COUNT = 40

/** A timeline file of 6,000 events in 40 tracks, opened at 1440×900 once its counts show. */
async function openFortyTracks(launch: (options?: LaunchOptions) => Promise<LaunchedApp>) {
  const path = join(await mkdtemp(join(tmpdir(), 'timeline-lanes-')), 'forty.timeline')
  TimelineRepository.create(
    path,
    { title: 'Forty tracks', description: '' },
    generateStore(6000, undefined, TRACK_COUNT),
  )
  const app = await launch({ timelinePath: path, viewport: { width: 1440, height: 900 } })
  const ui = new TimelinePage(app.page)
  await expect(ui.timeline.locator('.bucket-chip').first()).toBeVisible()
  return { app, ui }
}

/** Where a lane's label is, and where each count drawn in it is, on screen. */
async function laneAndCounts(ui: TimelinePage, label: string) {
  const lane = await ui.timeline
    .locator('[data-lane-label]')
    .filter({ hasText: new RegExp(`^${escapeRegExp(label)}$`) })
    .boundingBox()
  const counts = ui.timeline.getByRole('button', {
    name: new RegExp(`, ${escapeRegExp(label)}, .*; activate to zoom in$`),
  })
  return { lane, counts, boxes: await boxesOf(counts) }
}

function boxesOf(counts: Locator) {
  return counts.evaluateAll((chips) =>
    chips.map((chip) => {
      const box = chip.getBoundingClientRect()
      const dates = /, Track \d+, (.*); activate to zoom in$/.exec(chip.ariaLabel ?? '')?.[1] ?? ''
      return { top: box.top, bottom: box.bottom, left: box.left, dates }
    }),
  )
}

// Counts are built only in the lanes in sight (or nearly): with 40 tracks a zoom step at 200k
// events laid out and painted hundreds of counts no one could see. Scrolling must still show
// every lane's counts as it comes into sight.
test('counts appear in each lane scrolled into sight, and are there again on the way back', async ({
  launch,
}) => {
  const { app, ui } = await openFortyTracks(launch)
  const lanesPanel = ui.timeline.locator('[data-timeline-lanes]')

  const inLane = async (label: string) => {
    await expect(async () => {
      const { lane, boxes } = await laneAndCounts(ui, label)
      expect(lane, `the ${label} lane`).not.toBeNull()
      expect(boxes.length, `counts in the ${label} lane`).toBeGreaterThan(0)
      for (const box of boxes) {
        expect(box.top).toBeGreaterThanOrEqual(lane!.y)
        expect(box.bottom).toBeLessThanOrEqual(lane!.y + lane!.height)
      }
    }).toPass({ timeout: 5000 })
  }

  await inLane('Track 1')
  // Panned while the lower lanes are out of sight, their counts must come in where the same
  // stretches of time stand in the first lane (all lanes share the counts' boundaries here).
  await ui.timeline.focus()
  for (const key of ['ArrowRight', 'ArrowRight']) {
    const drawn = await ui.drawnWindows()
    await app.page.keyboard.press(key)
    await expect.poll(() => ui.drawnWindows()).toBeGreaterThan(drawn)
  }
  const firstLane = new Map(
    (await laneAndCounts(ui, 'Track 1')).boxes.map((box) => [box.dates, box.left]),
  )
  // The wheel over the lanes scrolls them, down to the last one.
  await lanesPanel.hover()
  for (let i = 0; i < 30; i += 1) await app.page.mouse.wheel(0, 400)
  await expect(
    ui.timeline.locator('[data-lane-label]').filter({ hasText: /^Track 40$/ }),
  ).toBeInViewport()
  await inLane('Track 40')
  const lastLane = (await laneAndCounts(ui, 'Track 40')).boxes
  const shared = lastLane.filter((box) => firstLane.has(box.dates))
  expect(shared.length).toBeGreaterThan(0)
  for (const box of shared) expect(Math.abs(box.left - firstLane.get(box.dates)!)).toBeLessThan(1)
  await inLane('Track 33')
  for (let i = 0; i < 30; i += 1) await app.page.mouse.wheel(0, -400)
  await inLane('Track 1')
  await inLane('Track 3')
})

// The widget sizes a lane from its label, which it measured in its previous pass, and a pass
// that finds a lane resized runs another at once: a zoom step that gave lanes new heights was
// laid out three to five times in its click (at 200,000 events, 5–10 ms each). The adapter now
// gives the widget the new heights before its first pass: a step that resizes lanes takes two
// passes (the second lays out the lanes' new total height), any other step one, in which only
// the time axis is drawn again (the widget's whole pass measured the page and its forty lanes).
test('a zoom step that gives lanes new heights is laid out in at most two passes, every lane sized', async ({
  launch,
}) => {
  const { app, ui } = await openFortyTracks(launch)
  const lanes = () =>
    app.page.evaluate(() => {
      const marks = document.documentElement.dataset
      const passes = Number(marks['timelinePasses'] ?? 0)
      const wholePasses = Number(marks['timelineWholePasses'] ?? 0)
      const heights = [...document.querySelectorAll<HTMLElement>('[data-lane-label]')].map(
        (label) => {
          const lane = document.querySelector(`[data-lane="${label.dataset['laneLabel']}"]`)
          const fit = label.querySelector<HTMLElement>('[data-lane-fit]')
          return { lane: lane?.getBoundingClientRect().height, label: fit?.offsetHeight }
        },
      )
      return { passes, wholePasses, heights }
    })
  const step = async (name: string) => {
    const drawn = await ui.drawnWindows()
    await app.page.getByRole('button', { name, exact: true }).click()
    await expect.poll(() => ui.drawnWindows()).toBeGreaterThan(drawn)
    // Any pass asked for the next frame is counted too.
    await app.page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    )
  }

  await step('Fit all')
  let resizing = 0
  for (const name of [
    ...Array<string>(12).fill('Zoom in'),
    ...Array<string>(12).fill('Zoom out'),
  ]) {
    const before = await lanes()
    await step(name)
    const after = await lanes()
    const resized = after.heights.some((h, i) => h.lane !== before.heights[i]?.lane)
    if (resized) resizing += 1
    expect(after.passes - before.passes, `passes for "${name}"`).toBeLessThanOrEqual(
      resized ? 2 : 1,
    )
    // Only the window moved: the widget redraws its time axis, and measures nothing.
    if (!resized) expect(after.wholePasses, `whole passes for "${name}"`).toBe(before.wholePasses)
    for (const [i, h] of after.heights.entries())
      expect(h.lane, `Track ${i + 1} after "${name}"`).toBe(h.label)
  }
  // Steps of this data give lanes new heights, so the bound above was put to the test.
  expect(resizing).toBeGreaterThan(2)
})

// A zoom step replaces the counts in view; the chips of those that left are written over with
// the new ones. Each must say what it shows, once, and Tab must go through them in time order.
test('after zoom steps every count reads as it is named, once, in time order', async ({
  launch,
}) => {
  const { app, ui } = await openFortyTracks(launch)
  const counts = ui.timeline.getByRole('button', { name: /; activate to zoom in$/ })
  let checked = 0
  for (const name of ['Zoom in', 'Zoom in', 'Zoom out', 'Zoom out', 'Zoom out', 'Zoom in']) {
    const drawn = await ui.drawnWindows()
    await app.page.getByRole('button', { name, exact: true }).click()
    await expect.poll(() => ui.drawnWindows()).toBeGreaterThan(drawn)
    const chips = await counts.evaluateAll((elements) =>
      elements.map((chip) => ({
        text: chip.textContent ?? '',
        name: chip.ariaLabel ?? '',
        lane: chip.closest('[data-lane]')?.getAttribute('data-lane') ?? '',
        left: chip.getBoundingClientRect().left,
      })),
    )
    expect(chips.length, `counts after "${name}"`).toBeGreaterThan(0)
    for (const chip of chips) expect(chip.name.startsWith(`${chip.text}, `)).toBe(true)
    const names = chips.map((chip) => chip.name)
    expect(new Set(names).size, `counts named twice after "${name}"`).toBe(names.length)
    for (const lane of new Set(chips.map((chip) => chip.lane))) {
      const lefts = chips.filter((chip) => chip.lane === lane).map((chip) => chip.left)
      expect(lefts, `the ${lane} lane's counts after "${name}"`).toEqual(
        [...lefts].sort((a, b) => a - b),
      )
    }
    checked += chips.length
  }
  expect(checked).toBeGreaterThan(50)
})
