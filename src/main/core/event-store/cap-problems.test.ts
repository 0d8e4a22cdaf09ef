import { describe, expect, it } from 'vitest'
import type { DataProblem } from '../../../shared/store'
import { MAX_LISTED_PROBLEMS, MAX_PROBLEM_TEXT, capProblems } from './cap-problems'
import { parseDataFiles } from './load-data-folder'

const problem = (i: number): DataProblem => ({
  file: 'events.json',
  path: `events[${i}].track`,
  message: 'Invalid option; this record is left out',
})

describe('capProblems', () => {
  it('keeps a short list as it is', () => {
    const few = [problem(0), problem(1)]
    expect(capProblems(few)).toEqual({ problems: few, moreProblems: 0 })
  })

  it('lists the first 200 of 2.2 million problems and counts the rest', () => {
    const many = Array.from({ length: 2_200_000 }, (_, i) => problem(i))
    const capped = capProblems(many)
    expect(capped.problems).toHaveLength(MAX_LISTED_PROBLEMS)
    expect(capped.problems[199]?.path).toBe('events[199].track')
    expect(capped.moreProblems).toBe(2_199_800)
    expect(JSON.stringify(capped).length).toBeLessThan(200 * 1_000)
  })

  it('quotes a 10 MB field by its first characters', () => {
    const huge = 'x'.repeat(10 * 1024 * 1024)
    const files = {
      tracks: { text: JSON.stringify({ schemaVersion: 1, tracks: [] }) },
      actors: { text: JSON.stringify({ schemaVersion: huge, actors: [] }) },
      sources: { unreadable: 'the file is missing' },
      events: { unreadable: 'the file is missing' },
    }
    const { problems } = capProblems(parseDataFiles(files).problems)
    const message = problems[0]?.message ?? ''
    expect(message.startsWith('expected 1, found "xxxx')).toBe(true)
    expect(message.endsWith('…')).toBe(true)
    expect(message.length).toBeLessThanOrEqual(MAX_PROBLEM_TEXT)
    for (const p of problems) {
      for (const text of [p.file, p.path, p.message]) {
        expect(text.length).toBeLessThanOrEqual(MAX_PROBLEM_TEXT)
      }
    }
  })

  it('never cuts a surrogate pair in half', () => {
    const message = `${'a'.repeat(MAX_PROBLEM_TEXT - 2)}😀😀`
    const [capped] = capProblems([{ ...problem(0), message }]).problems
    expect(capped?.message).toBe(`${'a'.repeat(MAX_PROBLEM_TEXT - 2)}…`)
  })
})
