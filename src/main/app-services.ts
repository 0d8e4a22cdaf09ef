import { AnnotationRepository } from './core/annotations/annotation-repository'
import { EventStore } from './core/event-store/event-store'
import { ViewStateRepository } from './core/user-data/view-state-repository'
import type { AppServices } from './handlers'
import type { HostPorts } from './ports'

/** The services both hosts run: loading starts at once, calls wait for what they need. */
export function createAppServices(dataDir: string, ports: HostPorts): AppServices {
  return {
    store: EventStore.load(dataDir),
    annotations: AnnotationRepository.open(ports.userDataDir, ports.now),
    viewState: ViewStateRepository.open(ports.userDataDir, ports.now),
    ports,
  }
}
