import type { FileEventStore } from '../event-store/file-event-store'
import type { TimelineRepository } from '../timeline/timeline-repository'
import { TimelineEditor } from './timeline-editor'

/** The editor of a timeline file, keeping the file's event store in step with every edit. */
export function editorForStore(
  repository: TimelineRepository,
  store: FileEventStore,
): TimelineEditor {
  return new TimelineEditor(
    repository.editTables(),
    (update) => {
      store.applyEdit(update.removedSeqs, update.inserted)
      if (update.catalogueChanged) store.takeCatalogue(repository.readCatalogue())
    },
    // The edit is on disk by now: a failed reading must not make it look refused. The details
    // then ask for the event themselves, and say what went wrong.
    (id) => {
      try {
        return store.getEvent(id)
      } catch {
        return null
      }
    },
  )
}
