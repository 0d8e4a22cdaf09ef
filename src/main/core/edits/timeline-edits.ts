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
export type TimelineEdits = {
  [M in EditMethod]: (
    ...args: Parameters<TimelineEditor[M]>
  ) => Promise<ReturnType<TimelineEditor[M]>>
}

export function editsAskingWith(
  ask: (method: EditMethod) => (...args: unknown[]) => Promise<unknown>,
): TimelineEdits {
  return Object.fromEntries(EDIT_METHODS.map((method) => [method, ask(method)])) as TimelineEdits
}

export function editsInThisThread(editor: TimelineEditor): TimelineEdits {
  return editsAskingWith((method) => (...args) => {
    try {
      return Promise.resolve((editor[method] as (...a: unknown[]) => unknown)(...args))
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)))
    }
  })
}
