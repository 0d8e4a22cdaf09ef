import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { NotesPanel } from './models/notes-panel'
import { TimelinePage } from './models/timeline-page'
import { expect, test } from './support/fixtures'
import { pdfText } from './support/pdf-tools'
import { SAMPLE_EVENT_COUNT } from './support/paths'

// What a new user met on first trying the app, each checked as they would see it.

test('saving a note never shows an empty event list, not even for a moment', async ({
  ui,
  app,
}) => {
  await ui.openFromList('Zelensky meets Erdoğan in Ankara')
  const heading = app.page.getByRole('heading', { name: /^Events \(/ })
  await expect(heading).toHaveText(`Events (${SAMPLE_EVENT_COUNT})`)
  // Every text the heading takes, however briefly, from before the save until after it.
  await app.page.evaluate(() => {
    const node = document.getElementById('event-list-heading')!
    const seen: string[] = []
    ;(window as unknown as { seenCounts: string[] }).seenCounts = seen
    new MutationObserver(() => seen.push(node.textContent ?? '')).observe(node, {
      subtree: true,
      childList: true,
      characterData: true,
    })
  })
  await new NotesPanel(app.page).add('Ask about the grain corridor')
  await expect(app.page.getByTestId('event-list-panel')).toHaveAttribute('aria-busy', 'false')
  await expect(heading).toHaveText(`Events (${SAMPLE_EVENT_COUNT})`)
  const seen = await app.page.evaluate(
    () => (window as unknown as { seenCounts: string[] }).seenCounts,
  )
  expect(seen.filter((text) => text !== `Events (${SAMPLE_EVENT_COUNT})`)).toEqual([])
})

test('a note written in Markdown prints rendered in the PDF, as the app shows it', async ({
  launch,
}) => {
  test.setTimeout(120_000)
  const savePath = join(await mkdtemp(join(tmpdir(), 'timeline-pdf-')), 'notes.pdf')
  const app = await launch({ savePath })
  const ui = new TimelinePage(app.page)
  await ui.openFromList('Zelensky meets Erdoğan in Ankara')
  await new NotesPanel(app.page).add('**Check** the _transcript_ first')
  await expect(ui.details.locator('strong', { hasText: 'Check' })).toBeVisible()

  await ui.button('Export PDF').click()
  const dialog = app.page.getByRole('dialog', { name: 'Export PDF' })
  await dialog.getByRole('radio', { name: 'Everything' }).check()
  await dialog.getByRole('button', { name: 'Export' }).click()
  await expect(app.page.getByRole('status').first()).toContainText(`Saved ${savePath}`, {
    timeout: 60_000,
  })
  const text = await pdfText(savePath)
  expect(text).toContain('Check the transcript first')
  expect(text).not.toContain('**Check**')
  expect(text).not.toContain('_transcript_')
})

test.describe('in a small window (1024×700)', () => {
  test.use({ appOptions: { viewport: { width: 1024, height: 700 } } })

  test('the timeline gets the room it needs, with the list and details beside it', async ({
    ui,
  }) => {
    const timeline = await ui.timeline.boundingBox()
    expect(timeline?.height).toBeGreaterThan(340)
    await ui.openFromList('Trump and Putin hold a summit in Alaska')
    for (const region of [ui.details, ui.eventList]) {
      const box = await region.boundingBox()
      expect(box && box.height > 60 && box.width > 150).toBe(true)
    }
    await expect(ui.event('Trump and Putin hold a summit in Alaska')).toBeInViewport()
  })
})
