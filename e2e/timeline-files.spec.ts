import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { NotesPanel } from './models/notes-panel'
import { TimelineFile } from './models/timeline-file'
import { TimelinePage } from './models/timeline-page'
import { TIMELINE_DATABASE } from '../src/main/core/timeline/timeline-schema'
import type { LaunchedApp } from './support/app'
import { expect, test } from './support/fixtures'

const ALASKA = 'Trump and Putin hold a summit in Alaska'

/** A launched app with the page models these tests use. */
function modelsOf(app: LaunchedApp) {
  return { ui: new TimelinePage(app.page), file: new TimelineFile(app.page), app }
}

async function folder(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'timeline-files-'))
}

test('the sample opens read-only, says so, and offers "Save a copy"', async ({ app }) => {
  const file = new TimelineFile(app.page)
  await expect(file.title).toHaveText('US–Russia–Ukraine talks, 2025')
  await expect(app.page).toHaveTitle('US–Russia–Ukraine talks, 2025 — Diplomatic Timeline')
  await expect(file.readOnlyNotice).toContainText('bundled sample')
  await expect(file.readOnlyNotice.getByRole('button', { name: 'Save a copy' })).toBeVisible()
})

test('save a copy of the sample, note on it, restart: the copy is open with its note', async ({
  launch,
}) => {
  const savePath = join(await folder(), 'My talks.timeline')
  const first = modelsOf(await launch({ savePath }))
  const notes = new NotesPanel(first.app.page)
  await first.ui.open(ALASKA)
  await notes.add('A note written on the sample')
  await first.file.openAnother(() =>
    first.file.readOnlyNotice.getByRole('button', { name: 'Save a copy' }).click(),
  )
  await expect(first.file.title).toHaveText('My talks')
  await expect(first.file.readOnlyNotice).toHaveCount(0)
  await expect(first.app.page).toHaveTitle('My talks — Diplomatic Timeline')
  // The copy opens where the user was: the event they had open is open in it.
  await expect(first.ui.details.getByRole('heading', { level: 2 })).toHaveText(ALASKA)
  await first.ui.open(ALASKA)
  // The notes came over with the copy.
  await expect(notes.notes()).toHaveCount(1)
  await notes.add('A note on my own copy')
  const { userDataDir } = first.app
  await first.app.close()

  const again = modelsOf(await launch({ userDataDir }))
  await expect(again.file.title).toHaveText('My talks')
  await again.ui.open(ALASKA)
  const reopened = new NotesPanel(again.app.page)
  await expect(reopened.notes()).toHaveCount(2)
  await expect(reopened.notes().first()).toContainText('A note on my own copy')
  expect((await readFile(savePath)).subarray(0, 15).toString()).toBe('SQLite format 3')
})

test('a note is never shown as raw Markdown, even in the copy that opens on its event', async ({
  launch,
}) => {
  const savePath = join(await folder(), 'My talks.timeline')
  const { app, ui, file } = modelsOf(await launch({ savePath }))
  const notes = new NotesPanel(app.page)
  await ui.open(ALASKA)
  await notes.add('A **bold** note')
  // Every state of the page that could be painted, from the copy's first script on.
  await app.page.addInitScript(() => {
    const seen: string[] = []
    Object.assign(window, { rawMarkdownSeen: seen })
    new MutationObserver(() => {
      for (const note of document.querySelectorAll('.note-markdown')) {
        const shown = getComputedStyle(note).visibility !== 'hidden'
        if (shown && note.textContent?.includes('**')) seen.push(note.textContent)
      }
    }).observe(document, { subtree: true, childList: true, characterData: true })
  })
  await file.openAnother(() => file.button('Save a copy').click())
  await expect(notes.notes().first().locator('strong')).toHaveText('bold')
  expect(
    await app.page.evaluate(() => (window as { rawMarkdownSeen?: string[] }).rawMarkdownSeen),
  ).toEqual([])
})

test('New timeline creates an empty one, and Open Recent goes back to the last', async ({
  launch,
}) => {
  const dir = await folder()
  const copyPath = join(dir, 'Ukraine talks.timeline')
  const first = modelsOf(await launch({ savePath: copyPath }))
  await first.file.openAnother(() => first.file.button('Save a copy').click())
  await first.app.close()

  const newPath = join(dir, 'Gaza talks.timeline')
  const { file, ui, app } = modelsOf(
    await launch({ savePath: newPath, userDataDir: first.app.userDataDir }),
  )
  await expect(file.title).toHaveText('Ukraine talks')
  await file.openAnother(() => file.button('New timeline').click())
  await expect(file.title).toHaveText('Gaza talks')
  await expect(ui.page.getByRole('heading', { name: /^Events \(0\)/ })).toBeVisible()

  await file.button('Open Recent').click()
  await expect(file.recentMenu.getByRole('menuitem')).toHaveText(['Gaza talks', 'Ukraine talks'])
  await file.openAnother(() =>
    file.recentMenu.getByRole('menuitem', { name: 'Ukraine talks' }).click(),
  )
  await expect(file.title).toHaveText('Ukraine talks')
  await expect(ui.event(ALASKA)).toBeVisible()
  expect(app.userDataDir).toBe(first.app.userDataDir)
})

test('opening a file that is not a timeline names it, says why, and keeps the open one', async ({
  launch,
}) => {
  const dir = await folder()
  const good = join(dir, 'good.timeline')
  const openPath = join(dir, 'report.timeline')
  const setup = modelsOf(await launch({ savePath: good }))
  await setup.file.openAnother(() => setup.file.button('Save a copy').click())
  await setup.app.close()

  const { file, ui, app } = modelsOf(await launch({ openPath, timelinePath: good }))
  await expect(file.title).toHaveText('good')
  const newer = await readFile(good)
  newer.writeUInt32BE(9, 60)
  const cases: Array<[string, () => Promise<void>, string]> = [
    [
      'a PDF',
      () => writeFile(openPath, '%PDF-1.7\n1 0 obj\n'),
      'it is not a timeline file (it is not a SQLite database)',
    ],
    ['an empty file', () => writeFile(openPath, ''), 'the file is empty (0 bytes)'],
    [
      'random bytes',
      () =>
        writeFile(openPath, Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 13) % 256))),
      'it is not a timeline file (it is not a SQLite database)',
    ],
    [
      'a timeline from a newer version',
      () => writeFile(openPath, newer),
      `it was made by a newer version of the app (format 9; this version reads up to ${TIMELINE_DATABASE.migrations.length})`,
    ],
    ['a path that vanished', () => rm(openPath, { force: true }), 'the file no longer exists'],
  ]
  for (const [name, make, reason] of cases) {
    await make()
    await file.button('Open timeline').click()
    await expect(ui.page.getByRole('status').first(), name).toHaveText(
      `"report.timeline" could not be opened: ${reason}.`,
    )
    await expect(file.title).toHaveText('good')
  }
  await expect(ui.event(ALASKA)).toBeVisible()
  expect(app.openedUrls).toEqual([])
})

test('a timeline given at start opens read-only when another window has it', async ({ launch }) => {
  const dir = await folder()
  const path = join(dir, 'shared.timeline')
  const setup = modelsOf(await launch({ savePath: path }))
  await setup.file.openAnother(() => setup.file.button('Save a copy').click())
  // The first window still has it open; a second one opens it read-only.
  const second = await launch({ timelinePath: path })
  const file = new TimelineFile(second.page)
  await expect(file.title).toHaveText('shared')
  await expect(file.readOnlyNotice).toContainText(
    'This timeline is read-only: It is open in another window or program.',
  )
})
