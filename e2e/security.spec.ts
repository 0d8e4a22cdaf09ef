import { mkdtemp, readdir, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { NotesPanel } from './models/notes-panel'
import { TimelinePage } from './models/timeline-page'
import { dataFolderWith, eventWith, fixtureEvent } from './support/data-folders'
import { expect, test } from './support/fixtures'

const PAYLOADS = [
  '<img src=x onerror="window.__x=1">',
  '<svg onload="window.__x=2"></svg>',
  '<a href="javascript:window.__x=3">js link</a>',
  '<a href="https://example.org/tracker">remote link</a>',
  '<style>body{background:url(https://example.org/bg.png)}</style>',
  '[x](javascript:window.__x=4)',
  '<script>window.__x=5</script>',
]

test('the renderer has no Node: no require, no process, no ipcRenderer', async ({ app }) => {
  const globals = await app.page.evaluate(() => {
    const w = window as unknown as Record<string, unknown>
    return {
      require: typeof w['require'],
      process: typeof w['process'],
      ipcRenderer: typeof w['ipcRenderer'],
      electron: typeof w['electron'],
      apiIsFunctionsOnly: Object.values(w['api'] as object).every((v) => typeof v === 'function'),
    }
  })
  expect(globals).toEqual({
    require: 'undefined',
    process: 'undefined',
    ipcRenderer: 'undefined',
    electron: 'undefined',
    apiIsFunctionsOnly: true,
  })
})

test('the CSP blocks an injected inline script', async ({ app }) => {
  const outcome = await app.page.evaluate(
    () =>
      new Promise<{ violated: string; ran: boolean }>((resolve) => {
        document.addEventListener('securitypolicyviolation', (event) => {
          resolve({
            violated: event.effectiveDirective,
            ran: (window as unknown as { __csp?: boolean }).__csp === true,
          })
        })
        const script = document.createElement('script')
        script.textContent = 'window.__csp = true'
        document.body.append(script)
      }),
  )
  expect(outcome).toEqual({ violated: 'script-src-elem', ran: false })
})

test('hostile titles, claims and notes run nothing, load nothing, and export to a plain PDF', async ({
  launch,
}) => {
  test.setTimeout(120_000)
  const base = fixtureEvent()
  const events = PAYLOADS.map((payload, i) =>
    eventWith({
      id: `hostile-${i}`,
      title: `Hostile ${i} ${payload}`,
      start: `2025-08-${String(10 + i).padStart(2, '0')}`,
      notes: `Notes carrying ${payload}. A second sentence.`,
      claims: [{ ...base.claims[0]!, text: `Claim carrying ${payload}` }],
    }),
  )
  const folder = await mkdtemp(join(tmpdir(), 'timeline-hostile-pdf-'))
  const savePath = join(folder, 'hostile.pdf')
  const app = await launch({ dataDir: await dataFolderWith(events), savePath })
  const requests: string[] = []
  app.page.on('request', (request) => requests.push(request.url()))
  const ui = new TimelinePage(app.page)

  for (let i = 0; i < PAYLOADS.length; i += 1) {
    await ui.openFromList(`Hostile ${i} ${PAYLOADS[i]}`)
    await expect(ui.details).toContainText(`Claim carrying ${PAYLOADS[i]}`)
    await new NotesPanel(app.page).add(`Note carrying ${PAYLOADS[i]}`)
  }
  await app.page.mouse.move(10, 10)

  const dom = await app.page.evaluate(() => ({
    ran: (window as unknown as { __x?: number }).__x,
    onAttributes: [...document.querySelectorAll('*')].flatMap((node) =>
      [...node.attributes]
        .filter((a) => a.name.toLowerCase().startsWith('on'))
        .map((a) => `${node.tagName} ${a.name}`),
    ),
    javascriptUrls: [...document.querySelectorAll('[href], [src], [action]')]
      .map((n) => n.getAttribute('href') ?? n.getAttribute('src') ?? n.getAttribute('action') ?? '')
      .filter((u) => u.trim().toLowerCase().startsWith('javascript:')),
    injectedStyles: document.querySelectorAll('body style').length,
  }))
  expect(dom).toEqual({ ran: undefined, onAttributes: [], javascriptUrls: [], injectedStyles: 0 })

  await ui.button('Export PDF').click()
  const dialog = app.page.getByRole('dialog', { name: 'Export PDF' })
  await dialog.getByRole('radio', { name: 'Everything' }).check()
  await dialog.getByRole('button', { name: 'Export' }).click()
  await expect(app.page.getByRole('status').first()).toContainText(`Saved ${savePath}`, {
    timeout: 60_000,
  })
  expect(await readdir(folder)).toEqual(['hostile.pdf'])
  expect((await stat(savePath)).size).toBeGreaterThan(1000)
  expect(requests.filter((url) => !url.startsWith('http://timeline.test/'))).toEqual([])
  expect(app.printRequests).toEqual([])
  expect(await app.page.evaluate(() => (window as unknown as { __x?: number }).__x)).toBeUndefined()
})
