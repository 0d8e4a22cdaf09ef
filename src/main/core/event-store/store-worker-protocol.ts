/** The messages between the main process and a timeline file's store thread. */
export interface StoreWorkerData {
  path: string
  /** On read-only media: the file cannot change, and SQLite needs no shared memory. */
  immutable: boolean
  /** Whether the thread takes edits: it then opens the file for writing. */
  writable: boolean
}

/** What a spare thread, started ahead with no file, is told when a file opens. */
export interface SpareOpening {
  open: StoreWorkerData
}

/** The user's notes as they cross to the thread: only when they changed since the last call. */
export interface WireNotes {
  counts: Array<[string, number]>
  text: Array<[string, string]>
}

export interface StoreRequest {
  id: number
  /**
   * A question for the store, an edit for the editor, a request for the documents, an export,
   * or a backup of the file (taken through the connection edits are written with).
   */
  target: 'store' | 'editor' | 'documents' | 'exports' | 'backup'
  method: string
  args: unknown[]
  /** Where the method takes the notes overlay among its arguments, if it does. */
  notesAt: number | null
  notes?: WireNotes
}

export type StoreAnswer =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: string }
  | { ready: true }
  | { ready: false; error: string }
