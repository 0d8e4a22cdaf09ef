import type { DataProblem } from '../../../shared/store'

/** Every problem found in the data files, with where it is, so the user can fix the file. */
export function DataProblems({ problems }: { problems: DataProblem[] }) {
  if (problems.length === 0) return null
  return (
    <section className="data-problems" aria-label="Data problems">
      <h2>
        Data problems ({problems.length}): the app shows every valid record and leaves these out
      </h2>
      <ul>
        {problems.map((problem, index) => (
          <li key={index}>
            <code>{problem.file}</code> at <code>{problem.path}</code>: {problem.message}
          </li>
        ))}
      </ul>
    </section>
  )
}
