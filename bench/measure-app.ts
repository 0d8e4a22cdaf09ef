/**
 * Timeline figures for the app, measured in its real renderer through the test host, and
 * the same figures for a plain vis-timeline page with default options on the same items.
 * Every step is timed in the page from the call until the frame that draws it is painted.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { chromium, type Page } from '@playwright/test'
import type { TimelineEvent } from '../src/shared/model'
import { launchApp } from '../e2e/support/app'
import { CHROMIUM_ARGS, CHROMIUM_PATH, PROJECT_ROOT } from '../e2e/support/paths'

type Step = 'zoomIn' | 'zoomOut' | 'panRight' | 'panLeft'

/** Zoom steps of 1.5× from "fit all" (years) in at the middle of the data, to about a week. */
const ZOOM_LEVELS = 14

/**
 * The steps of one pass, the same for both hosts, run back to back: each step is called just
 * after the frame that drew the one before it. From "fit all", zooms in at the middle of the
 * data level by level and back out. A pan is taken at every level, since a pan must not stall
 * at any of them: one to the right and one back, so every step stays over the data.
 */
const PASS_STEPS: Step[] = [
  'panRight',
  'panLeft',
  ...Array.from({ length: ZOOM_LEVELS }, (): Step[] => ['zoomIn', 'panRight', 'panLeft']).flat(),
  ...Array.from({ length: ZOOM_LEVELS }, (): Step => 'zoomOut'),
]

async function measurePass(
  run: (steps: Step[]) => Promise<number[]>,
  zoomMs: number[],
  panMs: number[],
): Promise<void> {
  const times = await run(PASS_STEPS)
  PASS_STEPS.forEach((step, i) => {
    const ms = times[i]!
    if (step === 'zoomIn' || step === 'zoomOut') zoomMs.push(ms)
    else panMs.push(ms)
  })
}

export interface TimelineFigures {
  /** One per cold launch: a new browser, profile and page each time. */
  firstViewMs: number[]
  zoomMs: number[]
  panMs: number[]
  searchMs?: number[]
  heapMB: number
  domNodes: number
}

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number }
  await cdp.detach()
  return usedSize / (1024 * 1024)
}

async function domNodes(page: Page): Promise<number> {
  return page.evaluate(() => document.getElementsByTagName('*').length)
}

/** Runs UI steps in the app back to back, timing each until the frame that draws it is painted. */
async function appSteps(page: Page, steps: Step[]): Promise<number[]> {
  return page.evaluate(async (steps) => {
    // A message posted from the frame's callbacks arrives after that frame is painted.
    const afterPaint = () =>
      new Promise<void>((resolve) => {
        const channel = new MessageChannel()
        channel.port1.onmessage = () => resolve()
        channel.port2.postMessage(0)
      })
    const root = document.documentElement
    const drawn = () => Number(root.dataset['drawnWindows'] ?? 0)
    const waitForDraw = (before: number) =>
      new Promise<void>((resolve) => {
        if (drawn() > before) return resolve()
        const timer = setTimeout(() => {
          observer.disconnect()
          resolve()
        }, 5000)
        const observer = new MutationObserver(() => {
          if (drawn() > before) {
            observer.disconnect()
            clearTimeout(timer)
            resolve()
          }
        })
        observer.observe(root, { attributes: true, attributeFilter: ['data-drawn-windows'] })
      })
    const button = (name: string) =>
      [...document.querySelectorAll('button')].find(
        (b) => b.textContent === name,
      ) as HTMLButtonElement
    const region = document.querySelector<HTMLElement>('section[aria-label="Timeline"]')!
    const times: number[] = []
    for (const step of steps) {
      const before = drawn()
      const t0 = performance.now()
      if (step === 'panRight' || step === 'panLeft')
        region.dispatchEvent(
          new KeyboardEvent('keydown', {
            key: step === 'panRight' ? 'ArrowRight' : 'ArrowLeft',
            bubbles: true,
          }),
        )
      else button(step === 'zoomIn' ? 'Zoom in' : 'Zoom out').click()
      // The counter is bumped in the animation frame that draws the new window.
      await waitForDraw(before)
      await afterPaint()
      times.push(performance.now() - t0)
    }
    return times
  }, steps)
}

async function fitAll(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const root = document.documentElement
    const before = Number(root.dataset['drawnWindows'] ?? 0)
    ;[...document.querySelectorAll('button')].find((b) => b.textContent === 'Fit all')?.click()
    const limit = performance.now() + 5000
    while (Number(root.dataset['drawnWindows'] ?? 0) <= before && performance.now() < limit) {
      await new Promise((r) => setTimeout(r, 5))
    }
  })
}

/**
 * Search-as-you-type: each keystroke timed until the frame is painted in which the list and
 * the timeline have caught up. A MutationObserver sees the last of them change (the list's
 * busy mark, or the timeline's drawn counter, bumped in the animation frame that draws), so
 * the frame that paints it is the one waited for. Polling once a frame saw the counter a
 * frame late: its callback ran before the timeline's in the frame that drew.
 */
async function searchSteps(page: Page, word: string): Promise<number[]> {
  return page.evaluate(async (word) => {
    const root = document.documentElement
    const input = document.querySelector<HTMLInputElement>('input[aria-label="Search events"]')!
    const list = document.querySelector<HTMLElement>('[data-testid="event-list-panel"]')!
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!
    // A message posted from a frame's callbacks arrives after that frame is painted.
    const afterThisFrame = () =>
      new Promise<void>((resolve) => {
        const channel = new MessageChannel()
        channel.port1.onmessage = () => resolve()
        channel.port2.postMessage(0)
      })
    const afterPaint = () =>
      new Promise<void>((resolve) => requestAnimationFrame(() => resolve(afterThisFrame())))
    const keystroke = (text: string) =>
      new Promise<number>((resolve, reject) => {
        const before = Number(root.dataset['drawnWindows'] ?? 0)
        const caughtUp = () =>
          list.getAttribute('aria-busy') === 'false' &&
          Number(root.dataset['drawnWindows'] ?? 0) > before
        const t0 = performance.now()
        const timer = setTimeout(() => {
          observer.disconnect()
          reject(new Error(`the search for "${text}" was not shown within 10 s`))
        }, 10_000)
        const observer = new MutationObserver((changes) => {
          if (!caughtUp()) return
          observer.disconnect()
          clearTimeout(timer)
          const inFrame = changes.some((change) => change.attributeName === 'data-drawn-windows')
          ;(inFrame ? afterThisFrame() : afterPaint()).then(
            () => resolve(performance.now() - t0),
            reject,
          )
        })
        observer.observe(root, { attributes: true, attributeFilter: ['data-drawn-windows'] })
        observer.observe(list, { attributes: true, attributeFilter: ['aria-busy'] })
        setValue.call(input, text)
        input.dispatchEvent(new Event('input', { bubbles: true }))
      })
    const times: number[] = []
    for (let i = 1; i <= word.length; i += 1) times.push(await keystroke(word.slice(0, i)))
    return times
  }, word)
}

/** A host opened cold, with the time from navigation to its first drawn timeline. */
interface Opened {
  page: Page
  firstViewMs: number
  close(): Promise<void>
}

/** Opens the app cold on the store and reads the time from navigation to its first drawn timeline. */
async function openApp(dataDir: string): Promise<Opened> {
  const app = await launchApp({
    dataDir,
    openAfterLoading: true,
    viewport: { width: 1440, height: 900 },
  })
  try {
    await app.page.waitForFunction(
      () => Number(document.documentElement.dataset['drawnWindows'] ?? 0) >= 1,
    )
    const firstViewMs = await app.page.evaluate(
      () => performance.getEntriesByName('timeline-first-drawn')[0]?.startTime ?? NaN,
    )
    return { page: app.page, firstViewMs, close: () => app.close() }
  } catch (error) {
    await app.close()
    throw error
  }
}

/** First-view times of further cold launches: one launch is too noisy a sample on this machine. */
async function moreFirstViews(launches: number, open: () => Promise<Opened>): Promise<number[]> {
  const times: number[] = []
  for (let i = 1; i < launches; i += 1) {
    const opened = await open()
    times.push(opened.firstViewMs)
    await opened.close()
  }
  return times
}

export type StepFigures = Omit<TimelineFigures, 'firstViewMs'>

export async function appStepFigures(page: Page, passes: number): Promise<StepFigures> {
  const zoomMs: number[] = []
  const panMs: number[] = []
  for (let pass = 0; pass < passes; pass += 1) {
    await fitAll(page)
    await measurePass((steps) => appSteps(page, steps), zoomMs, panMs)
  }
  await fitAll(page)
  const heapMB = await heapAfterGc(page)
  const nodes = await domNodes(page)
  const searchMs = await searchSteps(page, 'prisoner')
  return { zoomMs, panMs, searchMs, heapMB, domNodes: nodes }
}

export async function measureApp(
  dataDir: string,
  passes: number,
  launches: number,
): Promise<TimelineFigures> {
  const { page, firstViewMs, close } = await openApp(dataDir)
  const figures = await appStepFigures(page, passes).finally(close)
  const more = await moreFirstViews(launches, () => openApp(dataDir))
  return { ...figures, firstViewMs: [firstViewMs, ...more] }
}

const PLAIN_PAGE = `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="vis.css"><style>html,body{margin:0;height:100%}#t{height:100vh}</style></head>
<body><div id="t"></div><script src="vis.js"></script><script>
fetch('items.json').then((r) => r.json()).then(({ items, groups }) => {
  const timeline = new vis.Timeline(document.getElementById('t'), new vis.DataSet(items), new vis.DataSet(groups), {})
  window.__timeline = timeline
  const first = () => { timeline.off('changed', first); requestAnimationFrame(() => { performance.mark('plain-first-drawn'); window.__ready = true }) }
  timeline.on('changed', first)
})
</script></body></html>`

type PlainFiles = Record<string, { body: string | Buffer; type: string }>

async function plainFiles(events: TimelineEvent[]): Promise<PlainFiles> {
  const dir = join(PROJECT_ROOT, 'node_modules', 'vis-timeline')
  return {
    '/plain.html': { body: PLAIN_PAGE, type: 'text/html' },
    '/vis.js': {
      body: await readFile(join(dir, 'standalone/umd/vis-timeline-graph2d.min.js')),
      type: 'text/javascript',
    },
    '/vis.css': {
      body: await readFile(join(dir, 'styles/vis-timeline-graph2d.min.css')),
      type: 'text/css',
    },
    '/items.json': {
      body: JSON.stringify({
        groups: ['united-states', 'russia', 'ukraine', 'europe-uk', 'mediators'].map((id) => ({
          id,
          content: id,
        })),
        items: events.map((e) => ({
          id: e.id,
          group: e.track,
          start: e.start,
          ...(e.end && e.end !== e.start ? { end: e.end } : {}),
          content: e.title,
        })),
      }),
      type: 'application/json',
    },
  }
}

/** Opens the plain page cold, in a browser of its own, and reads the time to its first drawn frame. */
async function openPlain(files: PlainFiles): Promise<Opened> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
  })
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } })
    await page.route('**/*', (route) => {
      const file = files[new URL(route.request().url()).pathname]
      return file ? route.fulfill({ body: file.body, contentType: file.type }) : route.abort()
    })
    await page.goto('http://plain.test/plain.html')
    await page.waitForFunction(
      () => (window as unknown as { __ready?: boolean }).__ready === true,
      null,
      {
        timeout: 300_000,
      },
    )
    const firstViewMs = await page.evaluate(
      () => performance.getEntriesByName('plain-first-drawn')[0]!.startTime,
    )
    return { page, firstViewMs, close: () => browser.close() }
  } catch (error) {
    await browser.close()
    throw error
  }
}

async function plainStepFigures(page: Page, passes: number): Promise<StepFigures> {
  const run = (steps: Step[]) =>
    page.evaluate(async (steps) => {
      type VisTimeline = {
        zoomIn(p: number, o: object): void
        zoomOut(p: number, o: object): void
        getWindow(): { start: Date; end: Date }
        setWindow(s: number, e: number, o: object): void
        on(e: string, f: () => void): void
        off(e: string, f: () => void): void
      }
      const timeline = (window as unknown as { __timeline: VisTimeline }).__timeline
      const changed = () =>
        new Promise<void>((resolve) => {
          const done = () => {
            timeline.off('changed', done)
            resolve()
          }
          timeline.on('changed', done)
        })
      const afterPaint = () =>
        new Promise<void>((resolve) => {
          const channel = new MessageChannel()
          channel.port1.onmessage = () => resolve()
          channel.port2.postMessage(0)
        })
      const times: number[] = []
      for (const step of steps) {
        const t0 = performance.now()
        const drawn = changed()
        if (step === 'zoomIn') timeline.zoomIn(0.5, { animation: false })
        else if (step === 'zoomOut') timeline.zoomOut(0.5, { animation: false })
        else {
          const { start, end } = timeline.getWindow()
          const shift = (end.getTime() - start.getTime()) * (step === 'panRight' ? 0.2 : -0.2)
          timeline.setWindow(start.getTime() + shift, end.getTime() + shift, {
            animation: false,
          })
        }
        // vis-timeline emits "changed" from the animation frame in which it redrew.
        await Promise.race([drawn, new Promise((r) => setTimeout(r, 60_000))])
        await afterPaint()
        times.push(performance.now() - t0)
      }
      return times
    }, steps)
  const zoomMs: number[] = []
  const panMs: number[] = []
  for (let pass = 0; pass < passes; pass += 1) {
    await page.evaluate(() =>
      (window as unknown as { __timeline: { fit(o: object): void } }).__timeline.fit({
        animation: false,
      }),
    )
    await measurePass(run, zoomMs, panMs)
  }
  const heapMB = await heapAfterGc(page)
  return { zoomMs, panMs, heapMB, domNodes: await domNodes(page) }
}

/** The same items on a plain vis-timeline page with default options, for comparison. */
export async function measurePlain(
  events: TimelineEvent[],
  passes: number,
  launches: number,
): Promise<TimelineFigures> {
  const files = await plainFiles(events)
  const { page, firstViewMs, close } = await openPlain(files)
  const figures = await plainStepFigures(page, passes).finally(close)
  const more = await moreFirstViews(launches, () => openPlain(files))
  return { ...figures, firstViewMs: [firstViewMs, ...more] }
}
