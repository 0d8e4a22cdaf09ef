import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { mountSmallDisk } from '../src/main/core/test-support/small-disk'
import { DetailsPanel } from './models/details-panel'
import { EventDialog } from './models/event-dialog'
import { FilterBar } from './models/filter-bar'
import { ManageDialog } from './models/manage-dialog'
import { TimelineFile } from './models/timeline-file'
import { TimelinePage } from './models/timeline-page'
import type { Locator } from '@playwright/test'
import type { LaunchedApp, LaunchOptions } from './support/app'
import { expect, test } from './support/fixtures'

const ALASKA = 'Trump and Putin hold a summit in Alaska'
const MIAMI_MEETING = 'Witkoff and Dmitriev meet in Miami'
const ENERGOATOM = 'Energoatom corruption investigation made public in Ukraine'
// A made-up entry, as a user would type one: no real person is quoted.
const MIAMI = 'Test entry: delegations meet in Miami'

type Launch = (options?: LaunchOptions) => Promise<LaunchedApp>

/** The app on a copy of the sample of its own, "My talks", which can be edited. */
async function editableCopy(launch: Launch) {
  const savePath = join(await mkdtemp(join(tmpdir(), 'authoring-')), 'My talks.timeline')
  const app = await launch({ savePath })
  const file = new TimelineFile(app.page)
  await file.openAnother(() => file.button('Save a copy').click())
  await expect(file.title).toHaveText('My talks')
  return parts(app)
}

function parts(app: LaunchedApp) {
  const { page } = app
  return {
    app,
    page,
    ui: new TimelinePage(page),
    details: new DetailsPanel(page),
    dialog: new EventDialog(page),
    manage: new ManageDialog(page),
    file: new TimelineFile(page),
    edit: page.getByRole('group', { name: 'Edit', exact: true }),
    history: page.getByRole('region', { name: 'Event details' }).getByRole('list', {
      name: 'History',
    }),
  }
}

test('on the sample, every edit offers "Save a copy" and changes nothing', async ({ app }) => {
  const { ui, details, edit, page } = parts(app)
  const before = await ui.listedTitles()
  const readOnly = page.getByRole('alertdialog', { name: 'This timeline is read-only' })
  const tryEach: Array<[string, () => Promise<void>]> = [
    ['Add event', () => edit.getByRole('button', { name: 'Add event' }).click()],
    ['Manage', () => edit.getByRole('button', { name: 'Manage' }).click()],
    ['Edit event', () => details.button('Edit event').click()],
    ['Delete event', () => details.button('Delete event').click()],
  ]
  await ui.openFromList(ALASKA)
  for (const [name, attempt] of tryEach) {
    await attempt()
    await expect(readOnly, name).toBeVisible()
    await expect(readOnly).toContainText('bundled sample')
    await expect(readOnly.getByRole('button', { name: 'Save a copy' })).toBeVisible()
    await expect(page.getByRole('dialog', { name: 'Event', exact: true })).toHaveCount(0)
    await readOnly.getByRole('button', { name: 'Cancel' }).click()
    await expect(readOnly).toBeHidden()
  }
  expect(await ui.listedTitles()).toEqual(before)
  await expect(edit.getByRole('button', { name: 'Undo' })).toBeDisabled()
  await expect(details.heading).toHaveText(ALASKA)
})

test('"Save a copy" from the read-only question makes an editable copy', async ({ launch }) => {
  const savePath = join(await mkdtemp(join(tmpdir(), 'authoring-')), 'From the question.timeline')
  const { page, edit, file, dialog } = parts(await launch({ savePath }))
  await edit.getByRole('button', { name: 'Add event' }).click()
  const readOnly = page.getByRole('alertdialog', { name: 'This timeline is read-only' })
  await file.openAnother(() => readOnly.getByRole('button', { name: 'Save a copy' }).click())
  await expect(file.title).toHaveText('From the question')
  await dialog.openToAdd()
  await expect(dialog.dialog).toBeVisible()
})

test('an event with two claims, one citing a new source, is added through the form and kept across a restart', async ({
  launch,
}) => {
  const { app, ui, details, dialog } = await editableCopy(launch)
  await dialog.openToAdd()
  await dialog.field('Title').fill(MIAMI)
  await dialog.field('Start').fill('2025-11-30')
  await dialog.field('Time zone').fill('America/New_York')
  // Once the field has been in focus, the zones are offered as suggestions.
  const suggested = () =>
    dialog
      .field('Time zone')
      .evaluate((field: HTMLInputElement) =>
        [...(field.list?.options ?? [])].map((option) => option.value),
      )
  await expect
    .poll(suggested)
    .toEqual(expect.arrayContaining(['America/New_York', 'Europe/Berlin']))
  await dialog.field('Place').fill('Miami')
  await dialog.field('Track').selectOption({ label: 'Ukraine' })
  await dialog.field('Status').selectOption({ label: 'Reported' })
  await dialog.field('Tags').fill('miami, peace plan')
  await dialog.addActor(1, { actor: 'Steve Witkoff', role: 'Envoy' })
  await dialog.addActor(2, { newActor: 'Test Envoy', role: 'Envoy' })
  await dialog.field('Summary').fill('US and Ukrainian delegations meet on the peace plan.')
  await dialog.fillClaim(1, {
    claimant: 'a test official',
    source: 'Axios',
    reported: '2025-11-30',
    readOn: '2025-12-02',
    text: 'A test claim about the meeting.',
    status: 'Reported',
  })
  await dialog.fillClaim(2, {
    claimant: 'Test Envoy',
    newSource: { name: 'Test Wire', kind: 'News outlet' },
    // No source gives the day this was reported: it was reported by the day it was read.
    readOn: '2025-12-01',
    text: 'A second test claim, quoted.',
    exactQuote: true,
    status: 'Confirmed',
    url: 'https://example.org/umerov',
  })
  await dialog.saveEvent()

  await expect(details.heading).toHaveText(MIAMI)
  await expect(details.claims).toHaveCount(2)
  await expect(details.claim(1)).toContainText('reported 30 Nov 2025 · read 2 Dec 2025')
  await expect(details.claim(2)).toContainText('Test Wire')
  await expect(details.claim(2)).toContainText('reported by 1 Dec 2025 · read 1 Dec 2025')
  expect(await ui.listedTitles()).toContain(MIAMI)
  await expect(ui.event(MIAMI)).toBeVisible()
  await expect(app.page.getByRole('button', { name: 'Undo', exact: true })).toHaveAttribute(
    'title',
    `Undo Add event “${MIAMI}”`,
  )
  const { userDataDir } = app
  await app.close()

  const again = parts(await launch({ userDataDir }))
  await expect(again.file.title).toHaveText('My talks')
  await again.ui.openFromList(MIAMI)
  await expect(again.details.claims).toHaveCount(2)
  await expect(again.details.claim(2)).toContainText('Test Wire')
  await expect(again.details.claim(2)).toContainText('reported by 1 Dec 2025')
  await expect(again.details.region.getByRole('list', { name: 'Actors' })).toContainText(
    'Test Envoy',
  )
  await expect(again.history.getByRole('listitem').first()).toContainText(`Add event “${MIAMI}”`)
})

test('a claim turned from reported to denied shows in History, and Undo and Redo take it back and forth', async ({
  launch,
}) => {
  const { page, ui, details, dialog, edit, history } = await editableCopy(launch)
  const undo = edit.getByRole('button', { name: 'Undo' })
  const redo = edit.getByRole('button', { name: 'Redo' })
  const change = 'Claim 1 status: reported → denied'
  await ui.openFromList(ALASKA)
  await expect(details.claim(1)).toContainText('Reported')
  await details.button('Edit event').click()
  await expect(dialog.claimField(1, 'Claimant')).toHaveValue('Kremlin spokesman Dmitry Peskov')
  await dialog.claimField(1, 'Claim status').selectOption({ label: 'Denied' })
  await dialog.saveEvent()

  await expect(details.claim(1)).toContainText('Denied claim')
  await expect(history.getByText(change)).toBeVisible()
  await expect(undo).toHaveAttribute('title', `Undo Edit event “${ALASKA}”`)

  await undo.click()
  await expect(details.claim(1)).toContainText('Reported')
  await expect(history.getByText(change)).toHaveCount(0)
  await expect(redo).toBeEnabled()

  await redo.click()
  await expect(details.claim(1)).toContainText('Denied claim')
  await expect(history.getByText(change)).toBeVisible()

  // In a text field Ctrl+Z is the field's own; outside one it undoes and redoes the edit, and
  // so does the Edit menu.
  await ui.search.fill('x')
  await ui.search.press('Control+z')
  await expect(details.claim(1)).toContainText('Denied claim')
  await ui.search.fill('')
  await undo.focus()
  await page.keyboard.press('Control+z')
  await expect(details.claim(1)).toContainText('Reported')
  await page.keyboard.press('Shift+Control+z')
  await expect(details.claim(1)).toContainText('Denied claim')
  await page.evaluate(() =>
    (window as unknown as { __timelineNotify(n: string): void }).__timelineNotify('undoRequested'),
  )
  await expect(details.claim(1)).toContainText('Reported')
  await expect(history.getByText(change)).toHaveCount(0)
})

test('an edited event in sight stays in sight: out of the window, or behind "+N more"', async ({
  launch,
}) => {
  const { ui, details, dialog } = await editableCopy(launch)
  // One opened from the list, out of sight (behind "+N more" at "Fit all"), leaves the
  // timeline as it was.
  await ui.openFromList(MIAMI_MEETING)
  const window = await ui.rangeReadout.textContent()
  await details.button('Edit event').click()
  await dialog.field('Place').fill('Miami, Florida')
  await dialog.saveEvent()
  await expect(details.region).toContainText('Miami, Florida')
  await expect(ui.event(MIAMI_MEETING)).toHaveCount(0)
  await expect(ui.rangeReadout).toHaveText(window ?? '')

  // Moved onto the crowded United States lane on 18 November, whose rows there are full.
  await ui.open(ENERGOATOM)
  await details.button('Edit event').click()
  await dialog.field('Track').selectOption({ label: 'United States' })
  await dialog.field('Start').fill('2025-11-18')
  await dialog.saveEvent()
  await expect(ui.event(ENERGOATOM)).toBeVisible()
  await expect(ui.event(ENERGOATOM)).toBeFocused()

  // Moved to a date out of the window, it is brought into view there.
  await expect(ui.event(ALASKA)).toHaveCount(1)
  await ui.openFromList(ALASKA)
  await details.button('Edit event').click()
  await dialog.field('Start').fill('2024-08-15')
  await dialog.saveEvent()
  await expect(ui.event(ALASKA)).toBeVisible()
  await expect(ui.rangeReadout).toContainText('2024')
})

test('Enter in a field of the Event dialog saves the event, as "Save event" does', async ({
  launch,
}) => {
  const { ui, details, dialog } = await editableCopy(launch)
  const retitled = `${ALASKA} (retitled)`
  await ui.openFromList(ALASKA)
  await details.button('Edit event').click()
  await dialog.field('Title').fill(retitled)
  await dialog.field('Title').press('Enter')
  await expect(dialog.dialog).toBeHidden()
  await expect(details.heading).toHaveText(retitled)
  expect(await ui.listedTitles()).toContain(retitled)
})

test('the Event dialog keeps the keyboard and the pointer, and Escape gives focus back', async ({
  launch,
}) => {
  const { page, ui, dialog, edit } = await editableCopy(launch)
  const addEvent = edit.getByRole('button', { name: 'Add event' })
  const focusInDialog = () =>
    page.evaluate(() => document.activeElement?.closest('[aria-label="Event"]') != null)
  await dialog.openToAdd()
  await expect(dialog.dialog).toHaveAttribute('aria-modal', 'true')
  expect(await focusInDialog()).toBe(true)

  // Tab, and Shift+Tab, from the first field go round every control and come back to it.
  const title = dialog.field('Title')
  for (const key of ['Tab', 'Shift+Tab']) {
    await title.focus()
    let presses = 0
    do {
      await page.keyboard.press(key)
      presses += 1
      expect(await focusInDialog(), `after ${presses} × ${key}`).toBe(true)
    } while (!(await title.evaluate((field) => field === document.activeElement)) && presses < 200)
    expect(presses, key).toBeGreaterThan(5)
    expect(presses, key).toBeLessThan(200)
  }

  // The page behind takes neither a click nor focus given by a script.
  const centre = async (behind: Locator) => {
    const box = (await behind.boundingBox())!
    return [box.x + box.width / 2, box.y + box.height / 2] as const
  }
  await page.mouse.click(...(await centre(edit.getByRole('button', { name: 'Manage' }))))
  await page.mouse.click(...(await centre(ui.search)))
  await page.keyboard.type('abc')
  await expect(ui.search).toHaveValue('')
  await expect(page.getByRole('dialog', { name: 'Manage' })).toHaveCount(0)
  await ui.search.evaluate((search: HTMLInputElement) => search.focus())
  expect(await focusInDialog()).toBe(true)
  await expect(dialog.dialog).toBeVisible()

  await page.keyboard.press('Escape')
  await expect(dialog.dialog).toBeHidden()
  await expect(addEvent).toBeFocused()
})

test('closing the Event dialog after typing asks before throwing the typing away', async ({
  launch,
}) => {
  const { page, dialog } = await editableCopy(launch)
  const discard = page.getByRole('alertdialog', { name: 'Discard changes' })
  await dialog.openToAdd()
  await dialog.field('Title').fill('Envoys meet again')
  // Escape (pressed to close a date picker, say) does not lose the form.
  await page.keyboard.press('Escape')
  await expect(discard).toBeVisible()
  await expect(discard.getByRole('button', { name: 'Keep editing' })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(discard).toBeHidden()
  await expect(dialog.dialog).toBeVisible()
  await expect(dialog.field('Title')).toHaveValue('Envoys meet again')
  // Cancel asks too; "Discard changes" closes the dialog, and it opens empty again.
  await dialog.dialog.getByRole('button', { name: 'Cancel' }).click()
  await discard.getByRole('button', { name: 'Discard changes' }).click()
  await expect(dialog.dialog).toBeHidden()
  await dialog.openToAdd()
  await expect(dialog.field('Title')).toHaveValue('')
})

test('two duplicate actors are merged in Manage, and the event shows the one kept', async ({
  launch,
}) => {
  const { ui, details, dialog, manage } = await editableCopy(launch)
  await manage.open()
  await manage.showTab('Actors')
  await manage.add('actor', 'Witkoff')
  await manage.close()

  await ui.openFromList(ALASKA)
  await details.button('Edit event').click()
  await dialog.addActor(5, { actor: 'Witkoff', role: 'Envoy' })
  await dialog.saveEvent()
  const actors = details.region.getByRole('list', { name: 'Actors' }).getByRole('listitem')
  await expect(actors).toContainText(['Witkoff (envoy)'])

  await manage.open()
  await manage.showTab('Actors')
  await expect(manage.item('Witkoff')).toContainText('Used by 1 event.')
  await expect(manage.item('Witkoff').getByRole('button', { name: 'Delete' })).toBeDisabled()
  await manage.mergeInto('Witkoff', 'Steve Witkoff')
  await expect(manage.status).toHaveText('Done: Merge actor “Witkoff” into “Steve Witkoff”.')
  await expect(manage.item('Witkoff')).toHaveCount(0)
  await manage.close()

  await expect(actors).toHaveText([
    'Donald Trump (party)',
    'Vladimir Putin (party)',
    'United States (host)',
    'Russia (party)',
    'Steve Witkoff (envoy)',
  ])
})

test('a track added in Manage shows as a lane of the timeline and as a filter', async ({
  launch,
}) => {
  const { page, ui, manage } = await editableCopy(launch)
  const filters = new FilterBar(page)
  await expect(filters.option('Gulf states')).toHaveCount(0)
  await manage.open()
  await manage.add('track', 'Gulf states')
  await manage.close()
  await expect(ui.timeline.getByText('Gulf states', { exact: true })).toBeVisible()
  await expect(filters.option('Gulf states')).toBeChecked()
})

test('each bad input is named beside its field, and Save event stays disabled', async ({
  launch,
}) => {
  const { dialog } = await editableCopy(launch)
  await dialog.openToAdd()
  await expect(dialog.save).toBeDisabled()

  await dialog.field('Title').fill('x'.repeat(301))
  await dialog.expectProblem(dialog.field('Title'), 'a title can be at most 300 characters')

  await dialog.field('Start').fill('2025-11-30')
  await dialog.field('End').fill('2025-11-01')
  await dialog.expectProblem(dialog.field('End'), 'end is before start')

  await dialog.field('Precision').selectOption({ label: 'Exact time' })
  await dialog.field('Start').fill('2025-11-30T14:00')
  await dialog.expectProblem(dialog.field('Start'), /^a time needs its UTC offset/)

  await dialog.field('Time zone').fill('Europe/Atlantis')
  await dialog.expectProblem(dialog.field('Time zone'), /^must be an IANA time zone/)

  await dialog.claimField(1, 'URL').fill('javascript:alert(1)')
  await dialog.expectProblem(dialog.claimField(1, 'URL'), /^must be an http\(s\) address/)

  await dialog.claimField(1, 'Source').focus()
  await dialog.claimField(1, 'Claimant').focus()
  await dialog.expectProblem(dialog.claimField(1, 'Source'), 'a claim needs a source')

  // A new claim is read today; the day it was reported may stay empty, but not come after.
  const today = await dialog.page.evaluate(() => {
    const d = new Date()
    const two = (n: number) => String(n).padStart(2, '0')
    return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`
  })
  await expect(dialog.claimField(1, 'Read on')).toHaveValue(today)
  await expect(dialog.claimField(1, 'Reported')).toHaveValue('')
  await dialog.claimField(1, 'Read on').fill('2025-11-22')
  await dialog.claimField(1, 'Reported').fill('2025-11-23')
  await dialog.expectProblem(dialog.claimField(1, 'Reported'), 'reported after it was read')
  await dialog.claimField(1, 'Read on').fill('')
  await dialog.claimField(1, 'Claimant').focus()
  await dialog.expectProblem(dialog.claimField(1, 'Read on'), 'a claim needs the day it was read')
  await expect(dialog.save).toBeDisabled()

  // Put right, field by field, the event can be saved.
  await dialog.field('Title').fill('Talks resume in Geneva')
  await dialog.field('Start').fill('2025-11-23T10:00:00+01:00')
  await dialog.field('End').fill('')
  await dialog.field('Time zone').fill('Europe/Zurich')
  await dialog.field('Summary').fill('Delegations meet in Geneva.')
  await dialog.fillClaim(1, {
    claimant: 'Reuters',
    source: 'Reuters',
    reported: '2025-11-23',
    readOn: '2025-11-24',
    text: 'Talks resumed in Geneva.',
    url: 'https://example.org/geneva',
  })
  await expect(dialog.field('Title')).toHaveAttribute('aria-invalid', 'false')
  await expect(dialog.save).toBeEnabled()
})

test('an event deleted after asking is gone, and Undo brings it back', async ({ launch }) => {
  const { page, ui, details, edit } = await editableCopy(launch)
  await ui.openFromList(ALASKA)
  await details.button('Delete event').click()
  const confirm = page.getByRole('alertdialog', { name: 'Delete event' })
  await expect(confirm).toContainText(ALASKA)
  // The safe answer has the focus: Enter at once does not delete.
  await expect(confirm.getByRole('button', { name: 'Cancel' })).toBeFocused()
  await confirm.getByRole('button', { name: 'Delete', exact: true }).click()
  await expect(confirm).toBeHidden()
  await expect(ui.details.getByRole('heading', { level: 2 })).toHaveCount(0)
  expect(await ui.listedTitles()).not.toContain(ALASKA)
  await expect(ui.event(ALASKA)).toHaveCount(0)

  await edit.getByRole('button', { name: 'Undo' }).click()
  await expect(details.heading).toHaveText(ALASKA)
  expect(await ui.listedTitles()).toContain(ALASKA)
  await expect(ui.event(ALASKA)).toBeVisible()
})

test('an edit refused on a full disk says why and keeps the dialog open with what was typed', async ({
  launch,
}) => {
  const mounted = await mountSmallDisk(16384)
  test.skip('skipped' in mounted, 'skipped' in mounted ? mounted.skipped : '')
  if (!('disk' in mounted)) return
  const { disk } = mounted
  try {
    const app = await launch({ savePath: join(disk.dir, 'My talks.timeline') })
    const { ui, details, dialog, file } = parts(app)
    await file.openAnother(() => file.button('Save a copy').click())
    await ui.openFromList(ALASKA)
    await details.button('Edit event').click()
    await disk.fill()
    const summary = `Typed while the disk was full. ${'The talks go on. '.repeat(150)}`.trim()
    await dialog.field('Summary').fill(summary)
    await dialog.save.click()
    await expect(dialog.alert).toContainText('The disk is full: the edit was not saved.')
    await expect(dialog.dialog).toBeVisible()
    await expect(dialog.field('Summary')).toHaveValue(summary)

    await disk.free()
    await dialog.saveEvent()
    await expect(details.region).toContainText('Typed while the disk was full.')
    await app.close()
  } finally {
    await disk.unmount()
  }
})
