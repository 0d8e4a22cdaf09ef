import type { Annotation } from '../../../shared/annotations'
import type { StoreStatus } from '../../../shared/store'
import type { UserDataNotice } from '../../../shared/user-data'
import { DataProblems } from '../layout/data-problems'
import { OrphanedNotes } from '../notes/orphaned-notes'

interface Props {
  message: string
  notices: UserDataNotice[]
  status: StoreStatus
  orphans: Annotation[]
}

/** What the app tells the user above the workspace: the status line, notices and problems. */
export function AppMessages({ message, notices, status, orphans }: Props) {
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
