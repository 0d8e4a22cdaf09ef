import type { StoreStatus } from '../../../shared/store'
import type { UserDataNotice } from '../../../shared/user-data'
import { DataProblems } from '../layout/data-problems'
import { OrphanedNotes } from '../notes/orphaned-notes'
import { useDataAndNotesVersion } from '../notes/use-notes-version'
import { useOrphanedNotes } from './use-orphaned-notes'

interface Props {
  message: string
  notices: UserDataNotice[]
  status: StoreStatus
  /** The data's version: orphaned notes are asked again when it or the notes change. */
  dataVersion: number
  onFailure(message: string): void
}

/** What the app tells the user above the workspace: the status line, notices and problems. */
export function AppMessages({ message, notices, status, dataVersion, onFailure }: Props) {
  const orphans = useOrphanedNotes(useDataAndNotesVersion(dataVersion), onFailure)
  return (
    <div className="messages">
      <p role="status" className="status-message">
        {message}
      </p>
      {notices.length > 0 ? (
        <section className="notices" aria-label="Notices about your files">
          <div role="alert">
            {notices.map((notice) => (
              <p key={notice.file}>{notice.message}</p>
            ))}
          </div>
        </section>
      ) : null}
      <DataProblems problems={status.problems} moreProblems={status.moreProblems} />
      <OrphanedNotes notes={orphans} />
    </div>
  )
}
