import AxeBuilder from '@axe-core/playwright'
import { type Page } from '@playwright/test'
import { TimelinePage } from './models/timeline-page'
import { dataFolderWith, eventWith, fixtureEvent } from './support/data-folders'
import { expect, test } from './support/fixtures'

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze()
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

test('axe finds no serious or critical violation, on the main screen and with the panel open', async ({
  launch,
}) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const app = await launch({ colorScheme })
    const ui = new TimelinePage(app.page)
    expect(await seriousViolations(app.page), `${colorScheme}, main screen`).toEqual([])
    await ui.open('US Army Secretary Driscoll visits Kyiv')
    expect(await seriousViolations(app.page), `${colorScheme}, panel open`).toEqual([])
    await app.close()
  }
})

test('follows the OS theme', async ({ launch }) => {
  let app = await launch({ colorScheme: 'dark' })
  const dark = await app.page.evaluate(() => getComputedStyle(document.body).backgroundColor)
  await app.close()
  app = await launch({ colorScheme: 'light' })
  const light = await app.page.evaluate(() => getComputedStyle(document.body).backgroundColor)
  expect(dark).not.toBe(light)
  expect(dark).toBe('rgb(22, 23, 26)')
})

test('opening the panel moves nothing, and the window resizes cleanly to 1024×700', async ({
  launch,
}) => {
  const app = await launch({ viewport: { width: 1024, height: 700 } })
  const ui = new TimelinePage(app.page)
  const before = await ui.timeline.boundingBox()
  const listBefore = await ui.eventList.boundingBox()
  await ui.open('Trump and Putin hold a summit in Alaska')
  expect(await ui.timeline.boundingBox()).toEqual(before)
  expect(await ui.eventList.boundingBox()).toEqual(listBefore)

  const overflow = await app.page.evaluate(() => ({
    width: document.documentElement.scrollWidth - window.innerWidth,
    height: document.documentElement.scrollHeight - window.innerHeight,
  }))
  expect(overflow).toEqual({ width: 0, height: 0 })
  for (const region of [ui.timeline, ui.details, ui.eventList]) {
    const box = await region.boundingBox()
    expect(box && box.width > 150 && box.height > 60).toBe(true)
  }
  // The list sits in the side column here: no title's words run under its track and status.
  const clashes = await ui.eventList.evaluate((list) =>
    [...list.querySelectorAll('li')].slice(0, 8).flatMap((row) => {
      const title = row.querySelector('.event-list-title')!
      const meta = row.querySelector('.event-list-meta')!.getBoundingClientRect()
      const words = document.createRange()
      words.selectNodeContents(title)
      return [...words.getClientRects()]
        .filter((r) => r.left < meta.right && r.right > meta.left)
        .filter((r) => r.top < meta.bottom && r.bottom > meta.top)
        .map(() => title.textContent)
    }),
  )
  expect(clashes).toEqual([])
  for (const name of ['Zoom in', 'Zoom out', 'Fit all', 'Export my notes', 'Import notes']) {
    await expect(ui.button(name)).toBeInViewport()
  }
})

test('the timeline follows the window as it is made narrower and wider', async ({ launch }) => {
  const app = await launch({ viewport: { width: 1440, height: 900 } })
  const ui = new TimelinePage(app.page)
  const lanes = ui.timeline.locator('[data-timeline-lanes]')
  /** How far the lanes end from the timeline region's right edge. */
  const rightMargin = async () => {
    const [region, panel] = await Promise.all([ui.timeline.boundingBox(), lanes.boundingBox()])
    return Math.round(region!.x + region!.width - (panel!.x + panel!.width))
  }
  await expect(lanes).toBeVisible()
  const drawnToFit = await rightMargin()
  expect(drawnToFit).toBeGreaterThanOrEqual(0)
  for (const size of [
    { width: 1024, height: 700 },
    { width: 1600, height: 1000 },
  ]) {
    await app.page.setViewportSize(size)
    await expect
      .poll(
        async () => Math.abs((await rightMargin()) - drawnToFit),
        `${size.width}×${size.height}`,
      )
      .toBeLessThanOrEqual(2)
  }
})

test('user text is text: hostile titles and claims show literally, run nothing, load nothing', async ({
  launch,
}) => {
  const hostileTitle = '<img src=x onerror="window.__x=1">'
  const linkTitle = 'See <a href="https://example.org">this</a> now'
  const base = fixtureEvent()
  const dir = await dataFolderWith([
    eventWith({ id: 'hostile', title: hostileTitle }),
    eventWith({
      id: 'linked',
      title: linkTitle,
      start: '2025-08-20',
      notes: 'Notes with <script>window.__x=2</script> and <b onmouseover="window.__x=3">bold</b>.',
      claims: [{ ...base.claims[0]!, text: '<svg onload="window.__x=4"></svg> claimed' }],
    }),
  ])
  const app = await launch({ dataDir: dir })
  const requests: string[] = []
  app.page.on('request', (request) => requests.push(request.url()))
  const ui = new TimelinePage(app.page)

  await expect(ui.event(hostileTitle)).toContainText(hostileTitle)
  await expect(ui.event(linkTitle)).toContainText(linkTitle)
  await ui.open(linkTitle)
  await expect(ui.details.getByRole('heading', { level: 2 })).toHaveText(linkTitle)
  await expect(ui.details).toContainText('<script>window.__x=2</script>')
  await expect(ui.details).toContainText('<svg onload="window.__x=4"></svg> claimed')
  await ui.details.getByText('bold', { exact: false }).first().hover()

  expect(await app.page.evaluate(() => (window as unknown as { __x?: number }).__x)).toBeUndefined()
  const injected = await app.page.evaluate(() => ({
    images: document.querySelectorAll('.timeline-canvas img, .details img').length,
    links: document.querySelectorAll('.timeline-canvas a, .details a').length,
    svgs: document.querySelectorAll('.details svg').length,
    scripts: [...document.querySelectorAll('script')].filter((s) => !s.src).length,
  }))
  expect(injected).toEqual({ images: 0, links: 0, svgs: 0, scripts: 0 })
  expect(requests.filter((url) => !url.startsWith('http://timeline.test/'))).toEqual([])
})
