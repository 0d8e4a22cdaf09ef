import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Locator } from '@playwright/test'
import { FIXTURE_TRACK_IDS as TRACKS } from '../src/main/core/test-support/data-fixtures'
import { writeGeneratedStore } from '../src/main/core/test-support/generate-store'
import { escapeRegExp, TimelinePage } from './models/timeline-page'
import type { LaunchedApp, LaunchOptions } from './support/app'
import { expect, test } from './support/fixtures'

/** The app on 2,000 generated events (enough for counts), once its first window is drawn. */
async function launchCrowded(
  launch: (options: LaunchOptions) => Promise<LaunchedApp>,
  folderPrefix: string,
): Promise<{ app: LaunchedApp; ui: TimelinePage }> {
  const dataDir = await writeGeneratedStore(await mkdtemp(join(tmpdir(), folderPrefix)), 2000)
  const app = await launch({ dataDir })
  const ui = new TimelinePage(app.page)
  await expect(ui.timeline.locator('.bucket-chip').first()).toBeVisible()
  await expect(ui.rangeReadout).not.toHaveText('')
  return { app, ui }
}

function rangeMs(text: string): number {
  const [from, to] = text.split(' – ')
  return Date.parse(to ?? '') - Date.parse(from ?? '')
}

test('draws one lane per track, markers for points and ranges for spans', async ({ ui }) => {
  const lanes = ui.timeline.locator('[data-lane-label]')
  await expect(lanes).toHaveText([
    'United States',
    'Russia',
    'Ukraine',
    'Europe and UK',
    'Mediators (Qatar, Türkiye)',
  ])
  await expect(ui.timeline.locator('.timeline-event.event-point')).not.toHaveCount(0)
  await expect(ui.timeline.locator('.timeline-event.event-range')).not.toHaveCount(0)
})

test('draws approximate dates as uncertain and status by shape as well as colour', async ({
  ui,
}) => {
  // At "Fit all" Miami is in a row of the United States lane behind its "+N more".
  await ui.reveal('Witkoff and Dmitriev meet in Miami')
  const miami = ui.event('Witkoff and Dmitriev meet in Miami')
  await expect(miami).toContainText('approx.')
  await expect(miami).toHaveAccessibleName(/late Oct 2025 \(approx\.\), Reported$/)
  await expect(miami).toHaveClass(/precision-approximate/)
  await expect(miami).toHaveCSS('border-top-style', 'dashed')
  await expect(miami.locator('.status-mark')).toHaveText('○')
  await expect(
    ui.event('Trump and Putin hold a summit in Alaska').locator('.status-mark'),
  ).toHaveText('●')
})

test('makes each visible event a focusable button named by its title first', async ({ ui }) => {
  // Every row of every lane, not just the rows that fit in view at "Fit all".
  await ui.showEveryRow()
  const chips = ui.timeline.locator('.event-chip')
  const count = await chips.count()
  // Only events in view are drawn; every drawn event must be a named button.
  expect(count).toBeGreaterThanOrEqual(10)
  for (let i = 0; i < count; i += 1) {
    const chip = chips.nth(i)
    await expect(chip).toHaveAttribute('role', 'button')
    await expect(chip).toHaveAttribute('tabindex', '0')
    const title = await chip.locator('.event-chip-title').textContent()
    await expect(chip).toHaveAccessibleName(
      new RegExp(`^${escapeRegExp(title ?? '')}( approx\\.)?\\s*, `),
    )
  }
})

test('zooms with the buttons, the keyboard and Ctrl+wheel, and pans by dragging', async ({
  ui,
}) => {
  await expect(ui.rangeReadout).not.toHaveText('')
  const initial = rangeMs((await ui.rangeReadout.textContent()) ?? '')

  await ui.button('Zoom in').click()
  await expect
    .poll(async () => rangeMs((await ui.rangeReadout.textContent()) ?? ''))
    .toBeLessThan(initial * 0.8)

  await ui.button('Fit all').click()
  await expect
    .poll(async () => rangeMs((await ui.rangeReadout.textContent()) ?? ''))
    .toBeCloseTo(initial, -7)

  await ui.timeline.focus()
  await ui.page.keyboard.press('+')
  await expect
    .poll(async () => rangeMs((await ui.rangeReadout.textContent()) ?? ''))
    .toBeLessThan(initial * 0.8)
  await ui.page.keyboard.press('-')
  await ui.page.keyboard.press('-')
  await expect
    .poll(async () => rangeMs((await ui.rangeReadout.textContent()) ?? ''))
    .toBeGreaterThan(initial)

  await ui.button('Fit all').click()
  const box = await ui.timeline.locator('[data-timeline-lanes]').boundingBox()
  if (!box) throw new Error('no timeline canvas')
  await ui.page.mouse.move(box.x + box.width / 2, box.y + box.height - 10)
  await ui.page.keyboard.down('Control')
  await ui.page.mouse.wheel(0, -300)
  await ui.page.keyboard.up('Control')
  await expect
    .poll(async () => rangeMs((await ui.rangeReadout.textContent()) ?? ''))
    .toBeLessThan(initial * 0.9)

  const before = (await ui.rangeReadout.textContent()) ?? ''
  await ui.page.mouse.move(box.x + box.width / 2, box.y + box.height - 10)
  await ui.page.mouse.down()
  await ui.page.mouse.move(box.x + box.width / 2 - 200, box.y + box.height - 10, { steps: 8 })
  await ui.page.mouse.up()
  await expect(ui.rangeReadout).not.toHaveText(before)
})

test('limits zoom to an hour at the closest and a few decades at the widest', async ({ ui }) => {
  for (let i = 0; i < 40; i += 1) await ui.button('Zoom in').click()
  const closest = rangeMs((await ui.rangeReadout.textContent()) ?? '')
  expect(closest).toBeGreaterThanOrEqual(60 * 60 * 1000 - 60_000)
  expect(closest).toBeLessThan(3 * 60 * 60 * 1000)
  for (let i = 0; i < 40; i += 1) await ui.button('Zoom out').click()
  const widest = rangeMs((await ui.rangeReadout.textContent()) ?? '')
  expect(widest / (365.25 * 86_400_000)).toBeGreaterThan(20)
  expect(widest / (365.25 * 86_400_000)).toBeLessThanOrEqual(31)
})

test('draws crowded stretches as counts in their lanes that zoom into their dates', async ({
  launch,
}) => {
  const { app, ui } = await launchCrowded(launch, 'timeline-counts-')
  const counts = ui.timeline.getByRole('button', { name: /^\d+ events?\b.*; activate to zoom in$/ })
  await expect(counts.first()).toBeVisible()

  const lanes = await ui.timeline.locator('[data-lane-label]').evaluateAll((labels) =>
    labels.map((label) => {
      const box = label.getBoundingClientRect()
      return { name: label.textContent ?? '', top: box.top, bottom: box.bottom }
    }),
  )
  const boxes = await counts.evaluateAll((chips) =>
    chips.map((chip) => {
      const box = chip.getBoundingClientRect()
      const name = chip.getAttribute('aria-label') ?? ''
      return { name, left: box.left, right: box.right, top: box.top, bottom: box.bottom }
    }),
  )
  expect(boxes.length).toBeGreaterThanOrEqual(TRACKS.length)
  for (const lane of lanes) {
    const inLane = boxes.filter((box) => box.name.includes(`, ${lane.name}, `))
    expect(inLane.length, `counts in the ${lane.name} lane`).toBeGreaterThan(0)
    for (const box of inLane) {
      // Each count is drawn within its own lane…
      expect(box.top).toBeGreaterThanOrEqual(lane.top)
      expect(box.bottom).toBeLessThanOrEqual(lane.bottom)
      // …and never over another one.
      for (const other of inLane) {
        if (other === box || other.top >= box.bottom || other.bottom <= box.top) continue
        expect(
          other.right <= box.left || other.left >= box.right,
          `${box.name} / ${other.name}`,
        ).toBe(true)
      }
    }
  }

  // A count stands for its lane and dates: activating it shows just those dates.
  const datesOf = async (chip: Locator) => {
    const name = (await chip.getAttribute('aria-label')) ?? ''
    const [from, to] = (/, ([^,;]+) to ([^;]+); activate to zoom in$/.exec(name) ?? []).slice(1)
    return `${from} – ${to}`
  }
  const clicked = counts.nth(1)
  const clickedDates = await datesOf(clicked)
  await clicked.click()
  await expect(ui.rangeReadout).toHaveText(clickedDates)

  await ui.button('Fit all').click()
  await expect(ui.rangeReadout).not.toHaveText(clickedDates)
  const pressed = counts.nth(2)
  const pressedDates = await datesOf(pressed)
  await pressed.focus()
  await app.page.keyboard.press('Enter')
  await expect(ui.rangeReadout).toHaveText(pressedDates)

  // A drag that begins on a count pans the timeline; it does not zoom into the count.
  await ui.button('Fit all').click()
  await expect(ui.rangeReadout).not.toHaveText(pressedDates)
  const fitted = (await ui.rangeReadout.textContent()) ?? ''
  const box = await counts.nth(1).boundingBox()
  if (!box) throw new Error('no count drawn')
  await app.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  await app.page.mouse.down()
  await app.page.mouse.move(box.x + box.width / 2 - 150, box.y + box.height / 2, { steps: 8 })
  await app.page.mouse.up()
  await expect(ui.rangeReadout).not.toHaveText(fitted)
  expect(rangeMs((await ui.rangeReadout.textContent()) ?? '')).toBeCloseTo(rangeMs(fitted), -9)
})

test('counts move with the timeline as it pans, and come back to their dates', async ({
  launch,
}) => {
  const { app, ui } = await launchCrowded(launch, 'timeline-pan-')
  const counts = ui.timeline.locator('.bucket-chip')
  const lanes = await ui.timeline.locator('[data-timeline-lanes]').boundingBox()
  if (!lanes) throw new Error('no lanes drawn')
  // Where each count (named by its lane and dates) is drawn, and where its label begins.
  const placed = () =>
    counts.evaluateAll((chips) =>
      Object.fromEntries(
        chips.map((chip) => {
          const range = document.createRange()
          range.selectNodeContents(chip)
          const text = range.getBoundingClientRect()
          const box = chip.getBoundingClientRect()
          // How far past its box the chip lets its label be drawn (its clip), if it limits it.
          const clip = /^inset\(\S+ (-?[\d.]+)px/.exec(getComputedStyle(chip).clipPath)
          const drawnTo = Math.min(text.right, clip ? box.right - Number(clip[1]) : Infinity)
          return [
            chip.getAttribute('aria-label') ?? '',
            {
              left: box.left,
              right: box.right,
              top: box.top,
              label: text.left,
              drawnTo,
              lane: chip.closest('[data-lane]')?.getAttribute('data-lane') ?? '',
            },
          ]
        }),
      ),
    )
  const before = await placed()
  const pan = async (key: string) => {
    const drawn = await ui.drawnWindows()
    await app.page.keyboard.press(key)
    await expect.poll(() => ui.drawnWindows()).toBeGreaterThan(drawn)
  }
  await ui.timeline.focus()
  await pan('ArrowRight')
  const after = await placed()
  // Each arrow pans a fifth of the window: a count still in view has moved as far, to the left.
  const moved = Object.keys(after).filter((name) => name in before)
  expect(moved.length).toBeGreaterThan(TRACKS.length)
  for (const name of moved) {
    expect(after[name]!.left - before[name]!.left, name).toBeCloseTo(-lanes.width / 5, -0.5)
    // A count that now begins left of the window, still in view, shows its label in view…
    if (after[name]!.right > lanes.x)
      expect(after[name]!.label, name).toBeGreaterThanOrEqual(lanes.x)
  }
  // …and a label kept at the left edge is never drawn over the next count in its row.
  const atEdge = Object.entries(after).filter(([, count]) => count.left < lanes.x)
  expect(atEdge.length).toBeGreaterThan(0)
  for (const [name, count] of atEdge) {
    const next = Object.values(after)
      .filter((other) => other.lane === count.lane && other.top === count.top)
      .filter((other) => other.left > count.left)
      .sort((a, b) => a.left - b.left)[0]
    if (next) expect(count.drawnTo, name).toBeLessThanOrEqual(next.left)
  }
  await pan('ArrowLeft')
  const back = await placed()
  for (const name of Object.keys(before)) {
    expect(back[name]?.left, name).toBeCloseTo(before[name]!.left, 0)
  }
})

test('zooming step by step into a crowded stretch draws every event in view', async ({
  launch,
}) => {
  const { app, ui } = await launchCrowded(launch, 'timeline-crowded-')
  const drawn = () => ui.drawnWindows()

  // From counts per stretch of time down to the events themselves, one step at a time.
  for (let step = 0; step < 20; step += 1) {
    if ((await ui.timeline.locator('.bucket-chip').count()) === 0) break
    const before = await drawn()
    const span = rangeMs((await ui.rangeReadout.textContent()) ?? '')
    await ui.button('Zoom in').click()
    await expect.poll(drawn).toBeGreaterThan(before)
    await expect
      .poll(async () => rangeMs((await ui.rangeReadout.textContent()) ?? ''))
      .toBeLessThan(span)
  }
  await expect(ui.timeline.locator('.bucket-chip')).toHaveCount(0)

  // The lanes do not all fit in view at once: rows past those that fit are behind each lane's
  // "+N more", which the user presses to see every event.
  await ui.showEveryRow()
  await expectEveryTopLaneEventInView(ui)
  await expectEventsApart(ui)

  // Panning on by keys, past the margins drawn with the window, draws the events it reaches.
  const startOf = async () =>
    Date.parse(((await ui.rangeReadout.textContent()) ?? '').split(' – ')[0] ?? '')
  const firstDay = await startOf()
  const span = rangeMs((await ui.rangeReadout.textContent()) ?? '')
  await ui.timeline.focus()
  for (let step = 0; step < 6; step += 1) {
    const before = await drawn()
    await app.page.keyboard.press('ArrowRight')
    await expect.poll(drawn).toBeGreaterThan(before)
  }
  // Each arrow pans a fifth of the window; the readout settles once the panning stops.
  await expect
    .poll(async () => Math.abs((await startOf()) - (firstDay + 1.2 * span)) / 86_400_000)
    .toBeLessThan(2)
  await ui.showEveryRow()
  await expectEveryTopLaneEventInView(ui)
})

/**
 * Every drawn event lies within its lane, and no event's chip or label is drawn over another's
 * (a label may run on past a short span's box, so what it covers is measured with its text).
 */
async function expectEventsApart(ui: TimelinePage): Promise<void> {
  const lanes = await ui.timeline.locator('[data-lane]').evaluateAll((groups) =>
    groups.map((group) => {
      const box = group.getBoundingClientRect()
      const chips = [...group.querySelectorAll<HTMLElement>('.timeline-event')].map((chip) => {
        const parts = [chip, ...chip.children].map((part) => part.getBoundingClientRect())
        return {
          name: chip.getAttribute('aria-label') ?? '',
          left: Math.min(...parts.map((part) => part.left)),
          right: Math.max(...parts.map((part) => part.right)),
          top: parts[0]!.top,
          bottom: parts[0]!.bottom,
        }
      })
      return { top: box.top, bottom: box.bottom, chips }
    }),
  )
  expect(lanes.flatMap((lane) => lane.chips).length).toBeGreaterThan(10)
  for (const lane of lanes) {
    for (const chip of lane.chips) {
      expect(chip.top, chip.name).toBeGreaterThanOrEqual(lane.top)
      expect(chip.bottom, chip.name).toBeLessThanOrEqual(lane.bottom)
      for (const other of lane.chips) {
        if (other === chip || other.top >= chip.bottom || other.bottom <= chip.top) continue
        expect(
          other.right <= chip.left || other.left >= chip.right,
          `${chip.name} / ${other.name}`,
        ).toBe(true)
      }
    }
  }
}

/**
 * Every event of the top lane whose date lies well inside the visible days is on the timeline
 * (the lane in view at the top), as the core counts them.
 */
async function expectEveryTopLaneEventInView(ui: TimelinePage): Promise<void> {
  const [from, to] = ((await ui.rangeReadout.textContent()) ?? '').split(' – ')
  const day = 86_400_000
  const inner = {
    start: new Date(Date.parse(from ?? '') + day).toISOString(),
    end: new Date(Date.parse(to ?? '') - day).toISOString(),
  }
  const expected = await ui.page.evaluate(
    async ({ inner, track }) => {
      const answer = await window.api.queryWindow({ query: {}, widthPx: 800, ...inner })
      if (!answer.ok) throw new Error(answer.error)
      return answer.value.items
        .filter(
          (item) => item.track === track && item.start >= inner.start && item.start <= inner.end,
        )
        .map((item) => item.id)
    },
    { inner, track: TRACKS[0] },
  )
  expect(expected.length).toBeGreaterThan(3)
  await expect
    .poll(async () => {
      const shown = await ui.timelineEventIds()
      return expected.filter((id) => !shown.includes(id))
    })
    .toEqual([])
}

test.describe('long lanes at "Fit all" on the sample, 1440×900', () => {
  test.use({ appOptions: { viewport: { width: 1440, height: 900 } } })
  const DRISCOLL = 'US Army Secretary Driscoll visits Kyiv'

  test('every lane is in view: long ones show their first rows and "+N more"', async ({ ui }) => {
    await ui.button('Fit all').click()
    await expect(ui.laneMore().first()).toBeVisible()
    const view = await ui.timeline.locator('[data-timeline-lanes]').boundingBox()
    if (!view) throw new Error('no lanes drawn')
    const labels = ui.timeline.locator('[data-lane-label]')
    await expect(labels).toHaveCount(5)
    for (const label of await labels.all()) {
      const box = await label.boundingBox()
      const name = (await label.textContent()) ?? ''
      expect(box, name).not.toBeNull()
      expect(box!.y, name).toBeGreaterThanOrEqual(view.y - 1)
      expect(box!.y + box!.height, name).toBeLessThanOrEqual(view.y + view.height + 1)
    }
    await expect(
      ui.timeline.getByRole('button', { name: /^\+\d+ more in United States$/ }),
    ).toBeInViewport()
  })

  test('"+N more" shows the lane whole, "Show fewer" caps it again', async ({ ui }) => {
    const drawnInLane = ui.timeline.locator('[data-lane="united-states"] .timeline-event')
    const more = ui.timeline.getByRole('button', { name: /^\+\d+ more in United States$/ })
    const fewer = ui.timeline.getByRole('button', { name: 'Show fewer in United States' })
    const hidden = Number(/\d+/.exec((await more.textContent()) ?? '')?.[0])
    const eventsBefore = await drawnInLane.count()
    await expect(ui.event(DRISCOLL)).toHaveCount(0)

    await more.click()
    await expect(fewer).toHaveAttribute('aria-expanded', 'true')
    await expect(ui.event(DRISCOLL)).toBeVisible()
    // The lane now draws the events it said were hidden, besides those it drew.
    await expect(drawnInLane).toHaveCount(eventsBefore + hidden)

    // From the keyboard as well; the button keeps the focus as it changes.
    await fewer.focus()
    await ui.page.keyboard.press('Enter')
    await expect(more).toBeFocused()
    await expect(more).toHaveAttribute('aria-expanded', 'false')
    await expect(ui.event(DRISCOLL)).toHaveCount(0)
    await ui.page.keyboard.press('Space')
    await expect(fewer).toBeFocused()
    await expect(ui.event(DRISCOLL)).toBeVisible()
  })

  test('the arrow keys reach an event behind "+N more", and show it focused', async ({
    ui,
    details,
  }) => {
    await expect(ui.event('Witkoff and Dmitriev meet in Miami')).toHaveCount(0)
    await ui.event('Trump and Putin speak by phone').focus()
    await ui.page.keyboard.press('ArrowRight')
    await expect(details.heading).toHaveText(/^Witkoff, Vance, Rubio and Kushner/)
    await ui.page.keyboard.press('ArrowRight')
    await expect(details.heading).toHaveText(/^Witkoff and Dmitriev meet in Miami/)
    const chip = ui.event('Witkoff and Dmitriev meet in Miami')
    await expect(chip).toBeFocused()
    await expect(chip).toBeInViewport()
    await expect(
      ui.timeline.getByRole('button', { name: 'Show fewer in United States' }),
    ).toBeVisible()
  })
})
