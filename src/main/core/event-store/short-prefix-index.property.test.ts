// Property test: the short-prefix bitsets answer, text for text, what scanning the folded
// text for the prefix after a space answers.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ShortPrefixIndex } from './short-prefix-index'

/** Folded texts as the store keeps them: a space before every word. */
const foldedText = fc
  .array(fc.stringMatching(/^[a-cé1ж]{1,4}$/), { maxLength: 6 })
  .map((words) => words.map((w) => ` ${w}`).join(''))

describe('short-prefix index', () => {
  it('finds exactly the texts with a word beginning with the prefix', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(foldedText, { minLength: 1, maxLength: 70 }),
        fc.stringMatching(/^[a-cé1ж]{1,2}$/),
        async (texts, prefix) => {
          const index = new ShortPrefixIndex(texts)
          await index.built
          const has = index.has(prefix)!
          texts.forEach((text, position) => {
            expect(has(position), `"${prefix}" in "${text}"`).toBe(text.includes(` ${prefix}`))
          })
        },
      ),
      { numRuns: 200 },
    )
  })

  it('is not used before it is built, and refuses longer prefixes', async () => {
    const index = new ShortPrefixIndex([' summit', ' meeting'])
    expect(index.has('s')).toBeNull()
    await index.built
    expect(index.has('s')?.(0)).toBe(true)
    expect(index.has('su')?.(1)).toBe(false)
    expect(index.has('z')?.(0)).toBe(false)
    expect(() => index.has('sum')).toThrow(/not a one- or two-letter prefix/)
  })
})
