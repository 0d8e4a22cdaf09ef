import type { TimelineEvent } from '../../src/shared/model'
import {
  fixtureEvent,
  validFiles,
  writeDataFolder,
} from '../../src/main/core/test-support/data-fixtures'

export { fixtureEvent }

/** A data folder with exactly these events (and the fixture actors and sources). */
export function dataFolderWith(events: unknown[]): Promise<string> {
  return writeDataFolder(validFiles(events))
}

export function eventWith(overrides: Partial<TimelineEvent>): TimelineEvent {
  return fixtureEvent(overrides)
}
