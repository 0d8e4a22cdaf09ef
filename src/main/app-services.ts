import { CallQuiet } from './core/call-quiet'
import { ImportService } from './core/import/import-service'
import { ViewStateRepository } from './core/user-data/view-state-repository'
import { Workspace } from './core/workspace/workspace'
import type { AppServices } from './handlers'
import type { HostPorts } from './ports'

export interface AppServiceOptions {
  /** The bundled data the read-only sample is built from. */
  dataDir: string
  /** A timeline file to open at start instead of the last one. */
  timelinePath?: string | undefined
  /** The built store-worker script (out/main/store-worker.js). */
  storeWorkerScript?: string | undefined
  /** The built import-worker script (out/main/import-worker.js). */
  importWorkerScript?: string | undefined
  /** Tells the renderer the open timeline changed from within (found damaged after opening). */
  onTimelineChanged?: () => void
  /** Tells the renderer the user's notes changed, once per write that changed them. */
  onNotesChanged?: () => void
}

/** How long the renderer's calls must pause before work readied ahead of need starts. */
const CALL_QUIET_MS = 1000

/** The services both hosts run: loading starts at once, calls wait for what they need. */
export function createAppServices(options: AppServiceOptions, ports: HostPorts): AppServices {
  const callQuiet = new CallQuiet(CALL_QUIET_MS)
  const workspace = Workspace.start({
    dataDir: options.dataDir,
    userDataDir: ports.userDataDir,
    now: ports.now,
    timelinePath: options.timelinePath,
    storeWorkerScript: options.storeWorkerScript,
    callQuiet,
    ...(options.onTimelineChanged ? { onChange: options.onTimelineChanged } : {}),
  })
  return {
    workspace,
    imports: new ImportService({
      workspace,
      chooseOpenPath: (kind) => ports.chooseOpenPath(kind),
      chooseSavePath: (name) => ports.chooseSavePath(name),
      now: () => ports.now(),
      workerScript: options.importWorkerScript,
    }),
    viewState: ViewStateRepository.open(ports.userDataDir, ports.now),
    ports,
    callQuiet,
    onNotesChanged: options.onNotesChanged,
  }
}
