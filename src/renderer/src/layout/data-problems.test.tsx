import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { DataProblems } from './data-problems'

const problems = Array.from({ length: 200 }, (_, i) => ({
  file: 'events.json',
  path: `events[${i}].track`,
  message: 'Invalid option; this record is left out',
}))

describe('DataProblems', () => {
  it('says how many problems there are, that only the first are listed, and how many more', () => {
    const html = renderToStaticMarkup(<DataProblems problems={problems} moreProblems={2_199_800} />)
    expect(html).toContain('Data problems (2,200,000)')
    expect(html).toContain('the first 200 are listed')
    expect(html).toContain('<li>and 2,199,800 more</li>')
  })

  it('lists a short answer whole, without a remainder', () => {
    const html = renderToStaticMarkup(<DataProblems problems={problems.slice(0, 2)} />)
    expect(html).toContain('Data problems (2)')
    expect(html).not.toContain('more')
  })
})
