import { renderToStaticMarkup } from 'react-dom/server'
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest'

// The renderer's modules read the bridge when loaded; none of it is called here.
vi.stubGlobal('window', { api: {} })
afterAll(() => {
  vi.unstubAllGlobals()
})
// Each test starts as a new page does: the renderer not loaded, nothing drawn yet.
beforeEach(() => {
  vi.resetModules()
})
const note = 'A **firm** denial'

describe('NoteMarkdown', () => {
  it('keeps a note blank, in its room, while the renderer loads', async () => {
    const { NoteMarkdown } = await import('./lazy-note-markdown')
    const html = renderToStaticMarkup(<NoteMarkdown text={note} />)
    expect(html).toBe(`<p class="note-markdown loading">${note}</p>`)
  })

  it('draws the first note after the renderer loaded ahead at once, not blank first', async () => {
    const { NoteMarkdown, loadNoteMarkdown } = await import('./lazy-note-markdown')
    await loadNoteMarkdown()
    const html = renderToStaticMarkup(<NoteMarkdown text={note} />)
    expect(html).toBe('<div class="note-markdown"><p>A <strong>firm</strong> denial</p></div>')
  })
})
