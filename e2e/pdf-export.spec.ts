import { readFile, readdir, stat } from 'node:fs/promises'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { loadDataFolder } from '../src/main/core/event-store/load-data-folder'
import { ExportDialog } from './models/export-dialog'
import { NotesPanel } from './models/notes-panel'
import { TimelinePage } from './models/timeline-page'
import { BUNDLED_DATA_DIR } from './support/paths'
import { pdfFonts, pdfInfo, pdfText } from './support/pdf-tools'
import { expect, test } from './support/fixtures'

test('exports the whole timeline as a PDF briefing a colleague can read', async ({ launch }) => {
  test.setTimeout(120_000)
  const folder = await mkdtemp(join(tmpdir(), 'timeline-pdf-'))
  const savePath = join(folder, 'briefing.pdf')
  const app = await launch({ savePath })
  const ui = new TimelinePage(app.page)
  await ui.openFromList('Zelensky meets Erdoğan in Ankara')
  await new NotesPanel(app.page).add(
    'Примітка: Туреччина як майданчик; ask about Türkiye and Erdoğan',
  )

  await ui.button('Export PDF').click()
  const { dialog } = new ExportDialog(app.page)
  await expect(dialog.getByRole('checkbox', { name: 'Include my notes' })).toBeChecked()
  await expect(dialog.getByRole('checkbox', { name: 'Include sources' })).toBeChecked()
  await dialog.getByRole('radio', { name: 'Everything' }).check()
  await dialog.getByRole('button', { name: 'Export' }).click()
  await expect(app.page.getByRole('status').first()).toContainText(`Saved ${savePath}`, {
    timeout: 60_000,
  })
  await expect(dialog).toBeHidden()

  const text = await pdfText(savePath)
  const data = await loadDataFolder(BUNDLED_DATA_DIR)
  for (const event of data.events) expect(text, event.id).toContain(event.title)
  const cited = new Set(data.events.flatMap((e) => e.claims.map((c) => c.sourceId)))
  for (const source of data.sources.filter((s) => cited.has(s.id))) {
    expect(text, source.id).toContain(source.name)
  }
  expect(text).toContain('Примітка: Туреччина як майданчик; ask about Türkiye and Erdoğan')
  expect(text).toContain('Zelensky meets Erdoğan in Ankara')
  expect(text).toMatch(/Page 1 of \d+/)
  // Each status has its mark beside its word, so it reads in black and white too.
  for (const [mark, word] of [
    ['●', 'Confirmed'],
    ['○', 'Reported'],
    ['◆', 'Disputed'],
  ]) {
    expect(text).toContain(`${mark} ${word}`)
  }
  expect(app.printRequests).toEqual([])
  // Every glyph comes from the fonts inside the PDF, the marks too: it prints alike everywhere.
  const fonts = await pdfFonts(savePath)
  expect(fonts.filter((font) => !font.embedded)).toEqual([])
  expect(fonts.map((font) => font.name).join(' ')).toContain('NotoSansSymbols2')

  const info = await pdfInfo(savePath)
  expect(info['Title']).toBe('US–Russia–Ukraine talks, 2025: timeline briefing')
  expect(Number(info['Pages'])).toBeGreaterThan(1)
  expect(info['Page size']).toMatch(/pts \(A4\)$/)
  const raw = (await readFile(savePath)).toString('latin1')
  expect(raw).toMatch(/\/Outlines\s+\d+ 0 R/)
  expect((raw.match(/\/Title\s*[(<]/g) ?? []).length).toBeGreaterThan(data.events.length)
})

test('the File menu command opens the dialog, and the current view exports in Letter landscape', async ({
  launch,
}) => {
  test.setTimeout(120_000)
  const folder = await mkdtemp(join(tmpdir(), 'timeline-pdf-'))
  const savePath = join(folder, 'view.pdf')
  const app = await launch({ savePath })
  const ui = new TimelinePage(app.page)
  await ui.search.fill('Peskov')
  await expect
    .poll(() => ui.listedTitles())
    .toContain('Peskov says no Driscoll meeting is planned and nothing has changed since Alaska')
  // As the main process does for File › Export PDF… (Ctrl/Cmd+Shift+E).
  await app.page.evaluate(() =>
    (window as unknown as { __timelineNotify(n: string): void }).__timelineNotify(
      'exportPdfRequested',
    ),
  )
  const { dialog } = new ExportDialog(app.page)
  await dialog.getByRole('combobox', { name: 'Page size' }).selectOption('Letter')
  await dialog.getByRole('radio', { name: 'Landscape' }).check()
  await dialog.getByRole('button', { name: 'Export' }).click()
  await expect(app.page.getByRole('status').first()).toContainText(`Saved ${savePath}`, {
    timeout: 60_000,
  })
  const text = await pdfText(savePath)
  expect(text).toContain('search “Peskov”')
  expect(text).toContain('Peskov says no Driscoll meeting is planned')
  expect(text).not.toContain('Zelensky meets Erdoğan in Ankara')
  expect((await pdfInfo(savePath))['Page size']).toMatch(/792 x 612 pts/)

  await app.page.keyboard.press('Control+Shift+E')
  await expect(dialog).toBeVisible()
})

test('a failed export says why and leaves no partial file', async ({ launch }) => {
  const folder = await mkdtemp(join(tmpdir(), 'timeline-pdf-'))
  const savePath = join(folder, 'missing-folder', 'briefing.pdf')
  const app = await launch({ savePath })
  const ui = new TimelinePage(app.page)
  await ui.button('Export PDF').click()
  const { dialog } = new ExportDialog(app.page)
  await dialog.getByRole('button', { name: 'Export' }).click()
  await expect(dialog.getByRole('alert')).toContainText('Export failed: Could not save', {
    timeout: 60_000,
  })
  await expect(dialog.getByRole('alert')).toContainText('Nothing was written.')
  expect(await readdir(folder)).toEqual([])
  await expect(stat(savePath)).rejects.toThrow()
})

test('the Export PDF dialog keeps the keyboard, Escape closes it, and it opens again as left', async ({
  launch,
}) => {
  const app = await launch()
  const ui = new TimelinePage(app.page)
  const pdf = new ExportDialog(app.page)
  await pdf.open()
  await expect(pdf.dialog).toHaveAttribute('aria-modal', 'true')
  await pdf.radio('Landscape').check()
  for (let i = 0; i < 12; i += 1) {
    await app.page.keyboard.press('Tab')
    await expect(pdf.dialog.locator(':focus')).toHaveCount(1)
  }
  await app.page.keyboard.press('Escape')
  await expect(pdf.dialog).toHaveCount(0)
  await expect(ui.button('Export PDF')).toBeFocused()
  await pdf.open()
  await expect(pdf.radio('Landscape')).toBeChecked()
})
