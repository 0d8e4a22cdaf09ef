import type { DataProblem } from '../../../shared/store'

/** How many problems one answer lists: enough to fix a file by, small enough to send. */
export const MAX_LISTED_PROBLEMS = 200
/** The longest file name, path or message sent; a huge bad value is quoted by its start. */
export const MAX_PROBLEM_TEXT = 300

/**
 * The problems an answer carries: the first MAX_LISTED_PROBLEMS, each text cut to
 * MAX_PROBLEM_TEXT characters, and how many more there are. A 2.6 MB file of bad records
 * gave 2.2 million problems (a 318 MB answer) before this.
 */
export function capProblems(problems: readonly DataProblem[]): {
  problems: DataProblem[]
  moreProblems: number
} {
  return {
    problems: problems.slice(0, MAX_LISTED_PROBLEMS).map((problem) => ({
      file: shorten(problem.file),
      path: shorten(problem.path),
      message: shorten(problem.message),
    })),
    moreProblems: Math.max(0, problems.length - MAX_LISTED_PROBLEMS),
  }
}

function shorten(text: string): string {
  if (text.length <= MAX_PROBLEM_TEXT) return text
  let head = text.slice(0, MAX_PROBLEM_TEXT - 1)
  // Never end on half a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(head)) head = head.slice(0, -1)
  return `${head}…`
}
