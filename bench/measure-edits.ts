/**
 * An edit as a user makes it at scale: the open event's title changed in the Event dialog once
 * its form can be typed in, timed from "Save event" until the frame is painted in which the
 * dialog has closed, the details show the new title and the timeline has drawn again (saved,
 * acknowledged and drawn); then Undo, timed the same way.
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
    // A message posted from a frame's callbacks arrives after that frame is painted.
    const afterThisFrame = () =>
      new Promise<void>((resolve) => {
        const channel = new MessageChannel()
        channel.port1.onmessage = () => resolve()
        channel.port2.postMessage(0)
      })
    const afterPaint = () =>
      new Promise<void>((resolve) => requestAnimationFrame(() => resolve(afterThisFrame())))
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
    /**
     * Watches the page from `act` until all is shown, then waits for the frame that paints it.
     * The timeline's drawn counter is bumped in the animation frame that draws the new window
     * (as the zoom steps take it): shown last, that frame is the one. The dialog and the
     * details change in a task of their own, which the next frame paints.
     */
    const timed = (act: () => void, shown: () => boolean) =>
      new Promise<number>((resolve, reject) => {
        const before = drawn()
        const t0 = performance.now()
        const timer = setTimeout(() => {
          observer.disconnect()
          reject(new Error('an edit was not shown within 20 s'))
        }, 20_000)
        const observer = new MutationObserver((changes) => {
          if (!shown() || drawn() <= before) return
          observer.disconnect()
          clearTimeout(timer)
          const inFrame = changes.some((change) => change.attributeName === 'data-drawn-windows')
          ;(inFrame ? afterThisFrame() : afterPaint()).then(
            () => resolve(performance.now() - t0),
            reject,
          )
        })
        const root = document.documentElement
        observer.observe(root, { attributes: true, attributeFilter: ['data-drawn-windows'] })
        observer.observe(details, { subtree: true, childList: true, characterData: true })
        const open = dialog()
        if (open?.parentNode) observer.observe(open.parentNode, { childList: true })
        act()
      })
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
