/**
 * An edit as a user makes it at scale: the open event's title changed in the Event dialog once
 * its form can be typed in, timed from "Save event" until the dialog has closed, the details
 * show the new title and the timeline has drawn again (saved, acknowledged and drawn); then
 * Undo, timed the same way.
 */
import type { Page } from '@playwright/test'

export interface EditFigures {
  editMs: number[]
  undoMs: number[]
}

export async function editSaves(page: Page, count: number): Promise<EditFigures> {
  await page.getByRole('list', { name: 'Event list' }).getByRole('button').first().click()
  await page.getByRole('button', { name: 'Edit event', exact: true }).waitFor()
  return page.evaluate(async (count) => {
    const afterPaint = () =>
      new Promise<void>((resolve) => {
        const channel = new MessageChannel()
        channel.port1.onmessage = () => resolve()
        requestAnimationFrame(() => channel.port2.postMessage(0))
      })
    const until = async (done: () => boolean) => {
      const t0 = performance.now()
      while (!done() && performance.now() - t0 < 20_000) await new Promise((r) => setTimeout(r, 0))
      if (!done()) throw new Error('an edit was not shown within 20 s')
    }
    const button = (root: ParentNode, name: string) =>
      [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === name)!
    const details = document.querySelector<HTMLElement>('[aria-label="Event details"]')!
    const heading = () => details.querySelector('h2')?.textContent ?? ''
    const drawn = () => Number(document.documentElement.dataset['drawnWindows'] ?? 0)
    const dialog = () => document.querySelector<HTMLDialogElement>('dialog[open]')
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!
    const timed = async (act: () => void, shown: () => boolean) => {
      const before = drawn()
      const t0 = performance.now()
      act()
      await until(() => shown() && drawn() > before)
      await afterPaint()
      return performance.now() - t0
    }
    const editMs: number[] = []
    const undoMs: number[] = []
    for (let i = 0; i < count; i += 1) {
      button(details, 'Edit event').click()
      // As a user must: the form takes typing once it has its actors and sources (its fields
      // are disabled until then), and Save is timed from there, not with the dialog's opening.
      await until(() => dialog()?.querySelector('fieldset:disabled') === null)
      const open = dialog()!
      const label = [...open.querySelectorAll('label')].find((l) => l.textContent === 'Title')!
      const title = document.getElementById(label.htmlFor) as HTMLInputElement
      const wanted = `${title.value.replace(/ \(bench \d+\)$/, '')} (bench ${i})`
      setValue.call(title, wanted)
      title.dispatchEvent(new Event('input', { bubbles: true }))
      await afterPaint()
      editMs.push(
        await timed(
          () => button(open, 'Save event').click(),
          () => dialog() === null && heading() === wanted,
        ),
      )
    }
    const undoButton = [...document.querySelectorAll('header button')].find(
      (b) => b.textContent?.trim() === 'Undo',
    ) as HTMLButtonElement
    for (let i = count - 1; i > 0; i -= 1) {
      const previous = heading().replace(/\(bench \d+\)$/, `(bench ${i - 1})`)
      undoMs.push(
        await timed(
          () => undoButton.click(),
          () => heading() === previous,
        ),
      )
    }
    return { editMs, undoMs }
  }, count)
}
