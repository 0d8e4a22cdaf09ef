import { useEffect, useState } from 'react'
import type { ApiResult } from '../../../shared/result'
import type { RecentTimeline, TimelineInfo } from '../../../shared/timeline'
import { api, unwrap } from '../api-client'
import { saveViewNow } from '../workspace/use-view-state-saver'

type FileCommand = () => Promise<ApiResult<TimelineInfo | null>>

/**
 * Runs a command that may open another timeline. The page is loaded anew on success, so every
 * panel starts from the new timeline; a failure is shown and the open timeline stays.
 */
export function useTimelineFileCommands(onError: (message: string) => void) {
  const run = (command: FileCommand) => {
    unwrap(command())
      .then((opened) => {
        if (opened) window.location.reload()
      })
      .catch((e: Error) => onError(e.message))
  }
  const commands = {
    newTimeline: () => run(() => api.newTimeline()),
    openTimeline: () => run(() => api.openTimeline()),
    saveCopy: () => run(() => saveViewNow().then(() => api.saveTimelineCopy())),
    openRecent: (path: string) => run(() => api.openRecentTimeline({ path })),
  }
  // File menu items in Electron send the same commands.
  useEffect(() => {
    const unsubscribe = [
      api.onNewTimelineRequested(commands.newTimeline),
      api.onOpenTimelineRequested(commands.openTimeline),
      api.onSaveTimelineCopyRequested(commands.saveCopy),
      api.onTimelineChanged(() => window.location.reload()),
    ]
    return () => unsubscribe.forEach((stop) => stop())
    // The commands only call the API; subscribing once is enough.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])
  return commands
}

export function TimelineFileActions({
  commands,
}: {
  commands: ReturnType<typeof useTimelineFileCommands>
}) {
  const [recent, setRecent] = useState<RecentTimeline[] | null>(null)
  const [error, setError] = useState('')
  const toggleRecent = () => {
    if (recent) return setRecent(null)
    unwrap(api.listRecentTimelines()).then(setRecent, (e: Error) => setError(e.message))
  }
  return (
    <div className="file-actions" role="group" aria-label="Timeline file">
      <button type="button" onClick={commands.newTimeline}>
        New timeline
      </button>
      <button type="button" onClick={commands.openTimeline}>
        Open timeline
      </button>
      <button type="button" onClick={commands.saveCopy}>
        Save a copy
      </button>
      <div className="recent">
        <button
          type="button"
          aria-haspopup="menu"
          aria-expanded={recent !== null}
          onClick={toggleRecent}
        >
          Open Recent
        </button>
        {recent ? (
          <ul role="menu" aria-label="Recent timelines" className="recent-menu">
            {recent.length === 0 ? (
              <li role="none" className="recent-empty">
                No recent timelines
              </li>
            ) : (
              recent.map((item) => (
                <li role="none" key={item.path}>
                  <button
                    type="button"
                    role="menuitem"
                    title={item.path}
                    onClick={() => {
                      setRecent(null)
                      commands.openRecent(item.path)
                    }}
                  >
                    {item.title}
                  </button>
                </li>
              ))
            )}
          </ul>
        ) : null}
        {error ? <span role="alert">{error}</span> : null}
      </div>
    </div>
  )
}

/** Says why the open timeline cannot be edited, and offers the way out. */
export function ReadOnlyBanner({
  info,
  onSaveCopy,
}: {
  info: TimelineInfo
  onSaveCopy: () => void
}) {
  if (info.readOnlyReason === null) return null
  return (
    <section className="read-only-banner" aria-label="Read-only notice">
      <p>
        {info.isSample
          ? 'This is the bundled sample of the 2025 talks. It is read-only: save a copy to edit it and make it your own.'
          : `This timeline is read-only: ${info.readOnlyReason}.`}
      </p>
      <button type="button" onClick={onSaveCopy}>
        Save a copy
      </button>
    </section>
  )
}
