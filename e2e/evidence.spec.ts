import AxeBuilder from '@axe-core/playwright'
import { createHash } from 'node:crypto'
import { mkdtemp, readFile, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DetailsPanel } from './models/details-panel'
import { Evidence } from './models/evidence'
import { ExportDialog } from './models/export-dialog'
import { FilterBar } from './models/filter-bar'
import { TimelineFile } from './models/timeline-file'
import { TimelinePage } from './models/timeline-page'
import type { LaunchedApp, LaunchOptions } from './support/app'
import { expect, test } from './support/fixtures'
import { pdfText } from './support/pdf-tools'

const ANKARA = 'Zelensky meets Erdoğan in Ankara'
const AFTER_TRIP = 'Zelensky says only Washington has the influence to end the war'
const DELEGATION = 'Military delegation prepares to brief the White House'
const PESKOV = 'Peskov says no Driscoll meeting is planned'
const DRISCOLL = 'US Army Secretary Driscoll visits Kyiv with a Pentagon delegation'

type Launch = (options?: LaunchOptions) => Promise<LaunchedApp>

/** The app on a copy of the sample of its own, which can be edited. */
async function editableCopy(launch: Launch, options: LaunchOptions = {}) {
  const savePath = join(await mkdtemp(join(tmpdir(), 'evidence-')), 'Evidence.timeline')
  const app = await launch({ ...options, savePath })
  const file = new TimelineFile(app.page)
  await file.openAnother(() => file.button('Save a copy').click())
  await expect(file.title).toHaveText('Evidence')
  return {
    app,
    path: savePath,
    page: app.page,
    ui: new TimelinePage(app.page),
    details: new DetailsPanel(app.page),
    evidence: new Evidence(app.page),
  }
}

/** A small document of the kind a user keeps: a page saved as plain text, and its SHA-256. */
async function keptFile(): Promise<{ path: string; sha256: string; bytes: Buffer }> {
  const path = join(await mkdtemp(join(tmpdir(), 'evidence-doc-')), 'statement.txt')
  const bytes = Buffer.from('Test document: a statement saved as plain text.\n', 'utf8')
  await writeFile(path, bytes)
  return { path, sha256: createHash('sha256').update(bytes).digest('hex'), bytes }
}

test('on the sample, Link and Attach document offer "Save a copy"', async ({ app }) => {
  const ui = new TimelinePage(app.page)
  const details = new DetailsPanel(app.page)
  const readOnly = app.page.getByRole('alertdialog', { name: 'This timeline is read-only' })
  await ui.openFromList(ANKARA)
  for (const attempt of [
    () => details.button('Link').click(),
    () => details.claim(1).getByRole('button', { name: 'Attach document' }).click(),
  ]) {
    await attempt()
    await expect(readOnly.getByRole('button', { name: 'Save a copy' })).toBeVisible()
    await readOnly.getByRole('button', { name: 'Cancel' }).click()
    await expect(readOnly).toBeHidden()
  }
  await expect(app.page.getByRole('dialog', { name: 'Link', exact: true })).toHaveCount(0)
})

test('links two events, lists the link on both, follows it with Enter, and draws it', async ({
  launch,
}) => {
  // Tall enough for both linked events' lanes in view at once, with the details open.
  const viewport = { width: 1440, height: 1100 }
  const { page, ui, details, evidence } = await editableCopy(launch, { viewport })
  await ui.openFromList(AFTER_TRIP)
  await details.button('Link').click()
  await expect(evidence.linkDialog).toBeVisible()
  await evidence.link('Ankara', ANKARA, 'follows from', 'Test link: said after the trip.')
  await expect(evidence.linkDialog).toBeHidden()
  await expect(page.getByRole('status').first()).toContainText('Saved')

  const there = evidence.linkTo(ANKARA)
  await expect(there).toContainText('Follows from')
  await expect(there).toContainText('19 Nov 2025')
  await expect(there).toContainText('Test link: said after the trip.')
  // The same link again is refused by the main process, which says why beside the form.
  await details.button('Link').click()
  await evidence.link('Ankara', ANKARA, 'follows from')
  await expect(evidence.linkDialog.getByRole('alert')).toContainText(
    'The link was not saved: These are already linked',
  )
  await evidence.linkDialog.getByRole('button', { name: 'Cancel' }).click()

  // Enter on the entry opens the other event, where the same link reads the other way.
  await evidence.openButton(ANKARA).focus()
  await page.keyboard.press('Enter')
  await expect(details.heading).toHaveText(ANKARA)
  await expect(evidence.linkTo(AFTER_TRIP)).toContainText('Leads to')

  // Undo takes the link away from both events.
  await page
    .getByRole('group', { name: 'Edit', exact: true })
    .getByRole('button', { name: 'Undo' })
    .click()
  await expect(evidence.linked).toHaveCount(0)
  await page
    .getByRole('group', { name: 'Edit', exact: true })
    .getByRole('button', { name: 'Redo' })
    .click()
  await expect(evidence.linkTo(AFTER_TRIP)).toBeVisible()

  // Drawn only when asked for, between two events both in view: the two tracks alone, here.
  const filters = new FilterBar(page)
  for (const track of ['United States', 'Russia', 'Europe and UK'])
    await filters.option(track).uncheck()
  await ui.reveal(AFTER_TRIP)
  await expect(ui.event(ANKARA)).toBeInViewport()
  await expect(ui.event(AFTER_TRIP)).toBeInViewport()
  await expect(evidence.connectors).toHaveCount(0)
  await evidence.showLinks.check()
  const ids = ['zelensky-erdogan-ankara', 'zelensky-after-turkiye-trip'] as const
  await expect(evidence.connectorBetween(...ids)).toHaveCount(1)
  await expect(page.locator('[data-link-overlay]')).toHaveAttribute('aria-hidden', 'true')
  await evidence.showLinks.uncheck()
  await expect(evidence.connectors).toHaveCount(0)

  // "Remove link" is an edit like any other.
  await evidence.linkTo(AFTER_TRIP).getByRole('button', { name: 'Remove link' }).click()
  await expect(evidence.linked).toHaveCount(0)
  await expect(page.getByRole('status').first()).toContainText('Saved')

  const { violations } = await new AxeBuilder({ page }).analyze()
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([])
})

test('marks a claim another claim contradicts, in words', async ({ ui, details, app }) => {
  await ui.openFromList(DELEGATION)
  await expect(details.claim(1)).toContainText(/Contradicted by .+ in “Peskov says no Driscoll/)
  const evidence = new Evidence(app.page)
  await expect(evidence.linkTo(PESKOV)).toContainText('Claim 1 is contradicted by')
})

test('keeps a document with its SHA-256, verifies it and hands it to the system', async ({
  launch,
}) => {
  const kept = await keptFile()
  const { app, page, ui, details } = await editableCopy(launch, { openPath: kept.path })
  await ui.openFromList(ANKARA)
  await details.claim(1).getByRole('button', { name: 'Attach document' }).click()
  const attach = page.getByRole('dialog', { name: 'Attach document' })
  await attach.getByRole('button', { name: 'Choose file…' }).click()
  await expect(attach).toBeHidden()

  const documents = details.claim(1).getByRole('list', { name: 'Documents of Claim 1' })
  const entry = documents.getByRole('listitem', { name: 'statement.txt' })
  await expect(entry).toContainText(`SHA-256 ${kept.sha256}`)
  await expect(entry).toContainText('text/plain')
  await expect(entry).toContainText(`${kept.bytes.length} bytes`)

  await details.button('Verify documents').click()
  await expect(details.region.getByRole('status').filter({ hasText: 'intact' })).toHaveText(
    'The 1 document is intact: each hashes as when it was attached.',
  )

  await entry.getByRole('button', { name: 'Open document' }).click()
  await expect.poll(() => app.openedFiles.length).toBe(1)
  expect(await readFile(app.openedFiles[0]!)).toEqual(kept.bytes)

  await entry.getByRole('button', { name: 'Remove document' }).click()
  const ask = page.getByRole('alertdialog', { name: 'Remove document' })
  await expect(ask.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await ask.getByRole('button', { name: 'Remove', exact: true }).click()
  await expect(documents).toHaveCount(0)

  // Over 200 MB (a sparse file: nothing is written), the user reads why, in the dialog.
  await truncate(kept.path, 201 * 1024 * 1024)
  await details.claim(1).getByRole('button', { name: 'Attach document' }).click()
  await attach.getByRole('button', { name: 'Choose file…' }).click()
  await expect(attach.getByRole('alert')).toHaveText(
    'The document was not attached: “statement.txt” is 201.0 MB; a document can be at most 200 MB.',
  )
  await attach.getByRole('button', { name: 'Cancel' }).click()
  await expect(documents).toHaveCount(0)
})

test('the PDF briefing prints the links and each kept document’s SHA-256', async ({ launch }) => {
  test.setTimeout(120_000)
  const kept = await keptFile()
  const { app, path, page, ui, details } = await editableCopy(launch, { openPath: kept.path })
  await ui.openFromList(DRISCOLL)
  await details.claim(1).getByRole('button', { name: 'Attach document' }).click()
  await page
    .getByRole('dialog', { name: 'Attach document' })
    .getByRole('button', { name: 'Choose file…' })
    .click()
  await expect(details.claim(1)).toContainText(kept.sha256)

  // The briefing is saved where the save dialog answers: a path of its own, not the timeline.
  const pdfPath = join(await mkdtemp(join(tmpdir(), 'evidence-pdf-')), 'briefing.pdf')
  await app.close()
  const again = await launch({ savePath: pdfPath, timelinePath: path })
  await new TimelinePage(again.page).button('Export PDF').click()
  const { dialog } = new ExportDialog(again.page)
  await dialog.getByRole('radio', { name: 'Everything' }).check()
  await dialog.getByRole('button', { name: 'Export' }).click()
  await expect(again.page.getByRole('status').first()).toContainText(`Saved ${pdfPath}`, {
    timeout: 60_000,
  })
  const text = await pdfText(pdfPath)
  expect(text).toContain(`Document: statement.txt SHA-256 ${kept.sha256}`)
  expect(text).toMatch(/claim contradicts .+'s claim in “Military delegation prepares/)
  expect(text).toContain('Contradicting accounts')
})
