import { NotesPanel } from './models/notes-panel'
import { expect, test } from './support/fixtures'

// What a new user met on first trying the app, each checked as they would see it.

test('saving a note never shows an empty event list, not even for a moment', async ({
  ui,
  app,
}) => {
  await ui.openFromList('Zelensky meets Erdoğan in Ankara')
  const heading = app.page.getByRole('heading', { name: /^Events \(/ })
  await expect(heading).toHaveText('Events (25)')
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
  await expect(heading).toHaveText('Events (25)')
  const seen = await app.page.evaluate(
    () => (window as unknown as { seenCounts: string[] }).seenCounts,
  )
  expect(seen.filter((text) => text !== 'Events (25)')).toEqual([])
})
