import { useBoot, type Boot } from './workspace/boot'
import { Workspace } from './workspace/workspace'

export { requestBoot, type Boot } from './workspace/boot'

/** The app: what the first screen needs, then the workspace, or why it could not start. */
export function App({ bootRequest }: { bootRequest: Promise<Boot> }) {
  const { boot, error } = useBoot(bootRequest)
  if (error) {
    return (
      <p role="alert" className="load-error">
        The app could not start: {error}
      </p>
    )
  }
  if (!boot) return <p className="loading">Loading the event store…</p>
  return <Workspace boot={boot} />
}
