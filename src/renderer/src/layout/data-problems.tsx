import type { DataProblem } from '../../../shared/store'

const count = new Intl.NumberFormat('en')

/**
 * The problems found in the data files, with where each is, so the user can fix the file.
 * The main process sends the first ones only (each text cut short) and how many more.
 */
export function DataProblems({
  problems,
  moreProblems = 0,
}: {
  problems: DataProblem[]
  moreProblems?: number
}) {
  if (problems.length === 0) return null
  const total = problems.length + moreProblems
  return (
    <section className="data-problems" aria-label="Data problems">
      <h2>
        Data problems ({count.format(total)}): the app shows every valid record and leaves these out
        {moreProblems > 0 ? `; the first ${count.format(problems.length)} are listed` : ''}
      </h2>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>
            <code>{problem.file}</code> at <code>{problem.path}</code>: {problem.message}
          </li>
        ))}
        {moreProblems > 0 ? <li>and {count.format(moreProblems)} more</li> : null}
      </ul>
    </section>
  )
}
