import { doorAskingWith, doorInThisThread, type Door } from '../event-store/thread-door'
import type { TimelineEditor } from './timeline-editor'

/** The edits a timeline file takes, as the main process asks for them (in this thread or not). */
export const EDIT_METHODS = [
  'saveEvent',
  'deleteEvent',
  'saveCatalogueItem',
  'removeCatalogueItem',
  'saveLink',
  'deleteLink',
  'undo',
  'redo',
  'editState',
  'eventHistory',
  'catalogueUsage',
] as const satisfies ReadonlyArray<keyof TimelineEditor>
export type EditMethod = (typeof EDIT_METHODS)[number]

/** An open timeline's editor seen through a promise-based door, like its store. */
export type TimelineEdits = Door<TimelineEditor, EditMethod>

export function editsAskingWith(
  ask: (method: EditMethod) => (...args: unknown[]) => Promise<unknown>,
): TimelineEdits {
  return doorAskingWith<TimelineEditor, EditMethod>(EDIT_METHODS, ask)
}

export function editsInThisThread(editor: TimelineEditor): TimelineEdits {
  return doorInThisThread(editor, EDIT_METHODS)
}
