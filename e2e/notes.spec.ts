import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { mountSmallDisk } from '../src/main/core/test-support/small-disk'
import { NotesPanel } from './models/notes-panel'
import { TimelinePage } from './models/timeline-page'
import type { LaunchedApp, LaunchOptions } from './support/app'
import { expect, test } from './support/fixtures'

const ALASKA = 'Trump and Putin hold a summit in Alaska'

type Launch = (options?: LaunchOptions) => Promise<LaunchedApp>

/** Launches the app (closed by the fixture) and opens the Alaska summit's details. */
async function openAlaska(launch: Launch, options: LaunchOptions = {}) {
  const app = await launch(options)
  const ui = new TimelinePage(app.page)
  await ui.open(ALASKA)
  return { app, ui, notes: new NotesPanel(app.page) }
}

test('adds, edits and deletes notes, newest first, with Undo', async ({ launch }) => {
  const { notes, ui } = await openAlaska(launch)
  await expect(notes.section.getByRole('heading', { name: 'My notes' })).toBeVisible()
  await notes.add('First thought')

  await notes.button('Add note').click()
  await notes.textbox.fill('Second thought, saved with the keyboard')
  await notes.textbox.press('Control+Enter')
  await expect(notes.notes()).toHaveCount(2)
  await expect(notes.notes().first()).toContainText('Second thought')
  await expect(notes.notes().nth(1)).toContainText('First thought')
  await expect(notes.notes().first()).toContainText(/Created \d+ \w+ 20\d\d/)

  await notes.notes().nth(1).getByRole('button', { name: 'Edit note' }).click()
  await notes.textbox.fill('First thought, revised')
  await notes.button('Save note').click()
  await expect(notes.notes().nth(1)).toContainText('First thought, revised')
  await expect(notes.notes().nth(1)).toContainText('edited')

  // Undo stays offered for more than ten seconds after a delete, then goes.
  await ui.page.clock.install()
  await notes.notes().first().getByRole('button', { name: 'Delete note' }).click()
  await expect(notes.notes()).toHaveCount(1)
  await ui.page.clock.runFor(11_000)
  await notes.button('Undo').click()
  await expect(notes.notes()).toHaveCount(2)
  await expect(notes.notes().first()).toContainText('Second thought')

  await notes.notes().first().getByRole('button', { name: 'Delete note' }).click()
  await expect(notes.button('Undo')).toBeVisible()
  await ui.page.clock.runFor(16_000)
  await expect(notes.button('Undo')).toHaveCount(0)
  await expect(notes.notes()).toHaveCount(1)
})

test('writing a note below the fold leaves the window where it was', async ({ launch }) => {
  // A long details panel, so the note box opens below its fold: the window itself must not
  // grow a scroll of its own (the header and toolbar slid away under the wheel).
  const { notes, ui } = await openAlaska(launch, { viewport: { width: 1280, height: 640 } })
  for (const text of ['One', 'Two', 'Three']) await notes.add(`${text}: read against the source`)
  await notes.button('Add note').click()
  await expect(notes.textbox).toBeFocused()
  const header = ui.page.getByRole('button', { name: 'New timeline', exact: true })
  const before = await header.boundingBox()
  const wheeled = ui.page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        addEventListener('wheel', () => requestAnimationFrame(() => setTimeout(resolve, 100)), {
          once: true,
        }),
      ),
  )
  await ui.page.mouse.move(before!.x + before!.width + 4, before!.y)
  await ui.page.mouse.wheel(0, 800)
  await wheeled
  expect(await header.boundingBox()).toEqual(before)
  expect(
    await ui.page.evaluate(
      () => document.scrollingElement!.scrollHeight - document.scrollingElement!.clientHeight,
    ),
  ).toBe(0)
})

test('a long unbroken word in a note wraps inside it, none of it cut off', async ({ launch }) => {
  const { notes } = await openAlaska(launch)
  // A document's SHA-256, as pasted from "Verify documents": 71 characters, no break.
  const word = `sha256:${'0123456789abcdef'.repeat(4)}`
  await notes.add(`Copy checked: ${word}`)
  const note = notes.notes().first()
  await expect(note).toContainText(word)
  const overflow = await note.evaluate((item) => ({
    width: item.scrollWidth - item.clientWidth,
    text: item.querySelector('.note-markdown')!.getBoundingClientRect().right,
    box: item.getBoundingClientRect().right,
  }))
  expect(overflow.width).toBe(0)
  expect(overflow.text).toBeLessThanOrEqual(overflow.box)
})

test('notes survive closing and reopening the app, with their times', async ({ launch }) => {
  const { notes, app } = await openAlaska(launch)
  await notes.add('Kept across restarts: **bold** claim')
  const meta = await notes.notes().first().locator('.note-meta').textContent()
  const { userDataDir } = app
  await app.close()

  const reopened = await openAlaska(launch, { userDataDir })
  await expect(reopened.notes.notes()).toHaveCount(1)
  await expect(reopened.notes.notes().first()).toContainText('Kept across restarts: bold claim')
  await expect(reopened.notes.notes().first().locator('strong')).toHaveText('bold')
  await expect(reopened.notes.notes().first().locator('.note-meta')).toHaveText(meta ?? '')
})

test('marks noted events, filters on "Has my notes", and searches the notes', async ({
  launch,
}) => {
  const { notes, ui } = await openAlaska(launch)
  await notes.add('Zanzibar is my private keyword')
  await expect(ui.event(ALASKA)).toHaveAccessibleName(/1 note of mine$/)
  await expect(ui.eventList.getByRole('button', { name: new RegExp(ALASKA) })).toContainText(
    '1 note of mine',
  )

  await ui.filters.getByRole('checkbox', { name: 'Has my notes' }).check()
  expect(await ui.listedTitles()).toEqual([ALASKA])
  await ui.filters.getByRole('checkbox', { name: 'Has my notes' }).uncheck()

  await ui.search.fill('zanzibar')
  expect(await ui.listedTitles()).toEqual([ALASKA])
})

test('a new note shows on its event in windows the timeline had asked for before', async ({
  launch,
}) => {
  const { notes, ui } = await openAlaska(launch)
  await notes.add('Still marked after zooming')
  await expect(ui.event(ALASKA)).toHaveAccessibleName(/1 note of mine$/)
  // Zoom steps are drawn from windows asked for ahead; those asked before the note are stale.
  for (const step of ['Zoom out', 'Zoom out', 'Zoom in', 'Zoom in']) {
    await ui.button(step).click()
    await expect(ui.event(ALASKA)).toHaveAccessibleName(/1 note of mine$/)
  }
})

test('a save is one request; the list and the timeline catch up when told the notes changed', async ({
  launch,
}) => {
  const { notes, ui, app } = await openAlaska(launch)
  const requests = app.requests
  test.skip(requests === null, 'Only the test host records the requests the page makes')
  if (requests === null) return
  const listed = ui.eventList.getByRole('button', { name: new RegExp(ALASKA) })
  // What the notes panel asks for; the timeline may also ask ahead for windows when idle.
  const panelChannels = new Set([
    'listAnnotations',
    'addAnnotation',
    'deleteAnnotation',
    'restoreAnnotation',
  ])
  const asked = (since: number) => {
    const made = requests.slice(since)
    const panel = made.filter((channel) => panelChannels.has(channel))
    // The list asks again only after the write: told by the main process, not by the panel.
    const write = panel[0] ? made.indexOf(panel[0]) : made.length
    const listAfterWrite = made.indexOf('listEventsPage') > write
    return { panel, listAfterWrite, timeline: made.includes('queryWindow') }
  }

  let before = requests.length
  await notes.add('One round trip')
  await expect(ui.event(ALASKA)).toHaveAccessibleName(/1 note of mine$/)
  await expect(listed).toContainText('1 note of mine')
  expect(asked(before)).toEqual({ panel: ['addAnnotation'], listAfterWrite: true, timeline: true })

  before = requests.length
  await notes.notes().first().getByRole('button', { name: 'Delete note' }).click()
  await expect(notes.notes()).toHaveCount(0)
  await expect(listed).not.toContainText('note of mine')
  await expect(ui.event(ALASKA)).not.toHaveAccessibleName(/note of mine$/)
  expect(asked(before)).toEqual({
    panel: ['deleteAnnotation'],
    listAfterWrite: true,
    timeline: true,
  })

  before = requests.length
  await notes.button('Undo').click()
  await expect(notes.notes()).toHaveCount(1)
  await expect(listed).toContainText('1 note of mine')
  await expect(ui.event(ALASKA)).toHaveAccessibleName(/1 note of mine$/)
  expect(asked(before)).toEqual({
    panel: ['restoreAnnotation'],
    listAfterWrite: true,
    timeline: true,
  })
})

test('"Save note" pressed twice before the answer saves the note once', async ({ launch }) => {
  const { notes, app } = await openAlaska(launch)
  const requests = app.requests
  test.skip(requests === null, 'Only the test host records the requests the page makes')
  if (requests === null) return
  await notes.button('Add note').click()
  await notes.textbox.fill('Saved once')
  const before = requests.length
  // Both presses in one task: the second comes before any answer could.
  await notes.button('Save note').evaluate((button: HTMLButtonElement) => {
    button.click()
    button.click()
  })
  await expect(notes.section.getByRole('status')).toHaveText('Note saved.')
  await expect(notes.notes()).toHaveCount(1)
  expect(requests.slice(before).filter((channel) => channel === 'addAnnotation')).toHaveLength(1)
})

test('an empty note is not saved: "Save note" waits for text, Ctrl+Enter says why', async ({
  launch,
}) => {
  const { notes } = await openAlaska(launch)
  await notes.button('Add note').click()
  await expect(notes.button('Save note')).toBeDisabled()
  await notes.textbox.fill('   ')
  await expect(notes.button('Save note')).toBeDisabled()
  await notes.textbox.press('Control+Enter')
  await expect(notes.section.getByRole('alert')).toHaveText(
    'The note is empty: write something to save it.',
  )
  await notes.textbox.fill('Now with words')
  await expect(notes.button('Save note')).toBeEnabled()
  await notes.button('Save note').click()
  await expect(notes.notes()).toHaveCount(1)
})

test('a full disk: the save is refused with a message, the text stays, earlier notes survive', async ({
  launch,
}) => {
  const mounted = await mountSmallDisk(1024)
  test.skip('skipped' in mounted, 'skipped' in mounted ? mounted.skipped : '')
  if (!('disk' in mounted)) return
  const { disk } = mounted
  try {
    const userDataDir = join(disk.dir, 'user-data')
    const { notes, app } = await openAlaska(launch, { userDataDir })
    await notes.add('Saved before the disk filled up')
    await disk.fill()
    const long = `This one cannot be written. ${'Negotiations continue. '.repeat(800)}`
    await notes.button('Add note').click()
    await notes.textbox.fill(long)
    await notes.button('Save note').click()
    await expect(notes.section.getByRole('alert')).toContainText(
      'The disk is full: your note was not saved',
    )
    await expect(notes.textbox).toHaveValue(long)
    await expect(notes.notes()).toHaveCount(1)
    await app.close()

    // Restarted on the same full disk: the acknowledged note is there, nothing was moved aside.
    const again = await openAlaska(launch, { userDataDir })
    await expect(again.notes.notes()).toHaveCount(1)
    await expect(again.notes.notes().first()).toContainText('Saved before the disk filled up')
    await expect(
      again.app.page.getByRole('region', { name: 'Notices about your files' }),
    ).toHaveCount(0)
    // Closed before the disk goes away.
    await again.app.close()
  } finally {
    await disk.unmount()
  }
})

test.describe('a damaged notes database on start', () => {
  for (const [name, damage] of [
    ['cut short', (bytes: Buffer) => bytes.subarray(0, 1000)],
    ['NUL bytes', () => Buffer.alloc(8192)],
    ['random bytes', () => Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 7919) % 251))],
  ] as const) {
    test(`${name}: kept byte for byte, restored from backup, the user told`, async ({ launch }) => {
      const first = await openAlaska(launch)
      await first.notes.add('Backed up note')
      const { userDataDir } = first.app
      await first.app.close()
      // The next good start backs the notes up; then the file goes bad.
      await (await launch({ userDataDir })).close()
      const file = join(userDataDir, 'user-data.sqlite')
      const content = damage(await readFile(file))
      await writeFile(file, content)

      const { notes, app } = await openAlaska(launch, { userDataDir })
      const notice = app.page.getByRole('region', { name: 'Notices about your files' })
      await expect(notice).toContainText('restored from the backup')
      await expect(notes.notes().first()).toContainText('Backed up note')
      const kept = (await readdir(userDataDir)).find((f) =>
        /^user-data\.corrupt-.*\.sqlite$/.test(f),
      )
      expect(kept).toBeDefined()
      expect(await readFile(join(userDataDir, kept!))).toEqual(content)
      await notes.add('Saved after recovery')
      await expect(notes.notes()).toHaveCount(2)
    })
  }

  test('without a backup: kept, the app opens empty, says so, and saves new notes', async ({
    launch,
  }) => {
    const userDataDir = await mkdtemp(join(tmpdir(), 'timeline-corrupt-'))
    await writeFile(join(userDataDir, 'user-data.sqlite'), 'not a database at all')
    const { notes, app } = await openAlaska(launch, { userDataDir })
    await expect(app.page.getByRole('region', { name: 'Notices about your files' })).toContainText(
      'no readable backup was found',
    )
    await notes.add('A fresh start')
    await expect(notes.notes()).toHaveCount(1)
  })
})

test('notes kept in annotations.json by an earlier version move in once, the file untouched', async ({
  launch,
}) => {
  const userDataDir = await mkdtemp(join(tmpdir(), 'timeline-migrate-'))
  const old = JSON.stringify({
    schemaVersion: 1,
    annotations: [
      {
        id: '5d0c2a9e-8d7b-4c6a-9e5f-1a2b3c4d5e6f',
        eventId: 'alaska-summit',
        eventTitle: ALASKA,
        text: 'Written before notes lived in SQLite',
        createdAt: '2026-11-01T10:00:00.000Z',
        updatedAt: '2026-11-01T10:00:00.000Z',
      },
    ],
  })
  await writeFile(join(userDataDir, 'annotations.json'), old)
  const { notes, app } = await openAlaska(launch, { userDataDir })
  await expect(app.page.getByRole('region', { name: 'Notices about your files' })).toContainText(
    'Your 1 note was moved from annotations.json',
  )
  await expect(notes.notes()).toHaveCount(1)
  await expect(notes.notes().first()).toContainText('Written before notes lived in SQLite')
  expect(await readFile(join(userDataDir, 'annotations.json'), 'utf8')).toBe(old)
  await app.close()

  // Once only: the next start neither tells again nor adds it twice.
  const again = await openAlaska(launch, { userDataDir })
  await expect(
    again.app.page.getByRole('region', { name: 'Notices about your files' }),
  ).toHaveCount(0)
  await expect(again.notes.notes()).toHaveCount(1)
})

test('Markdown in notes is rendered safely: nothing runs, nothing loads', async ({ launch }) => {
  const { notes, app } = await openAlaska(launch)
  const requests: string[] = []
  app.page.on('request', (request) => requests.push(request.url()))
  await notes.add(
    [
      '<script>window.__x = 1</script>',
      '<img src="https://example.org/pixel.png" onerror="window.__x = 2">',
      '<a href="https://example.org" onclick="window.__x = 3">raw link</a>',
      '[click me](javascript:window.__x=4)',
      '![remote](https://example.org/tracker.png)',
      '[a real source](https://example.org/report)',
    ].join('\n\n'),
  )
  const note = notes.notes().first()
  await note.getByText('click me').click()
  await note.getByRole('link', { name: 'a real source' }).click()
  expect(await app.page.evaluate(() => (window as unknown as { __x?: number }).__x)).toBeUndefined()
  const dom = await note.evaluate((element) => ({
    onAttributes: [...element.querySelectorAll('*')].flatMap((node) =>
      [...node.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name),
    ),
    javascriptUrls: [...element.querySelectorAll('[href]')].filter((a) =>
      a.getAttribute('href')?.trim().toLowerCase().startsWith('javascript:'),
    ).length,
    images: element.querySelectorAll('img').length,
    scripts: element.querySelectorAll('script').length,
  }))
  expect(dom).toEqual({ onAttributes: [], javascriptUrls: 0, images: 0, scripts: 0 })
  expect(requests.filter((url) => !url.startsWith('http://timeline.test/'))).toEqual([])
  await expect.poll(() => app.openedUrls).toEqual(['https://example.org/report'])
})

test('a note whose event is gone is kept and shown under "Orphaned notes"', async ({ launch }) => {
  const userDataDir = await mkdtemp(join(tmpdir(), 'timeline-orphans-'))
  await writeFile(
    join(userDataDir, 'annotations.json'),
    JSON.stringify({
      schemaVersion: 1,
      annotations: [
        {
          id: '3f0c2a9e-8d7b-4c6a-9e5f-1a2b3c4d5e6f',
          eventId: 'event-removed-from-the-data',
          eventTitle: 'A meeting that was later retracted',
          text: 'My analysis of the retracted meeting',
          createdAt: '2026-11-01T10:00:00.000Z',
          updatedAt: '2026-11-01T10:00:00.000Z',
        },
      ],
    }),
  )
  const app = await launch({ userDataDir })
  const orphans = app.page.getByRole('list', { name: 'Orphaned notes' })
  await expect(orphans).toContainText('A meeting that was later retracted')
  await expect(orphans).toContainText('My analysis of the retracted meeting')
})

test('"Export my notes" writes titles beside ids; "Import notes" merges without duplicates', async ({
  launch,
}) => {
  const folder = await mkdtemp(join(tmpdir(), 'timeline-export-'))
  const savePath = join(folder, 'my-notes.json')
  const { notes, ui, app } = await openAlaska(launch, { savePath })
  await notes.add('Примітка з Києва: Türkiye & Erdoğan')
  await ui.button('Export my notes').click()
  await expect(ui.page.getByRole('status').first()).toContainText(`Exported 1 note to ${savePath}`)
  const exported = JSON.parse(await readFile(savePath, 'utf8'))
  expect(exported.annotations[0]).toMatchObject({
    eventId: 'alaska-summit',
    eventTitle: ALASKA,
    text: 'Примітка з Києва: Türkiye & Erdoğan',
  })
  await app.close()

  // A second user imports the file twice: one note, not two.
  const fresh = await openAlaska(launch, { openPath: savePath })
  await fresh.ui.button('Import notes').click()
  await expect(fresh.ui.page.getByRole('status').first()).toContainText('1 added')
  // The open event's notes show the imported one at once, not only once it is opened again.
  await expect(fresh.notes.notes()).toHaveCount(1)
  await expect(fresh.notes.notes().first()).toContainText('Примітка з Києва')
  await fresh.ui.button('Import notes').click()
  await expect(fresh.ui.page.getByRole('status').first()).toContainText('1 already there')
  await fresh.ui.open('Trump and Putin speak by phone')
  await fresh.ui.open(ALASKA)
  await expect(fresh.notes.notes()).toHaveCount(1)
  await fresh.app.close()

  const bad = join(folder, 'bad.json')
  await writeFile(bad, JSON.stringify({ format: 'something else', annotations: [] }))
  const third = await openAlaska(launch, { openPath: bad })
  await third.notes.add('Untouched by a bad import')
  await third.ui.button('Import notes').click()
  await expect(third.ui.page.getByRole('status').first()).toContainText(
    'bad.json is not a notes export: format',
  )
  await expect(third.notes.notes()).toHaveCount(1)
  const { userDataDir } = third.app
  await third.app.close()
  const fourth = await openAlaska(launch, { userDataDir })
  await expect(fourth.notes.notes()).toHaveCount(1)
  await expect(fourth.notes.notes().first()).toContainText('Untouched by a bad import')
})
