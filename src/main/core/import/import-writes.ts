import type { MessagePort } from 'node:worker_threads'
import { describeWriteFailure } from '../sqlite/sqlite-errors'
import type { EditTables } from '../timeline/edit-tables'
import { ImportChangeWriter, type PreparedChange } from './import-changes'

/** Where a run's changes go, in order, and how the run ends: all of them written, or none. */
export interface ImportWrites {
  take(change: PreparedChange): void
  /** While the writer is behind, a promise to wait on before reading more rows; else null. */
  backlog(): Promise<void> | null
  commit(label: string): Promise<void>
  rollback(): Promise<void>
}

/** A write of the import that failed (a full disk, say), in words the user can read. */
export function importWriteFailed(error: unknown): Error {
  return new Error(`${describeWriteFailure(error)}: nothing was imported.`, { cause: error })
}

function writing<T>(work: () => T): T {
  try {
    return work()
  } catch (error) {
    throw importWriteFailed(error)
  }
}

/** Writes on the connection the import reads with, in one transaction (tests, no worker). */
export function writesHere(tables: EditTables, edit: { at: string; label: string }): ImportWrites {
  const transaction = tables.beginTransaction(true)
  const writer = new ImportChangeWriter(tables, edit)
  return {
    take: (change) => writing(() => writer.write(change)),
    backlog: () => null,
    commit: (label) => {
      writing(() => {
        writer.relabel(label)
        transaction.commit()
      })
      return Promise.resolve()
    },
    rollback: () => {
      transaction.rollback()
      return Promise.resolve()
    },
  }
}

export type ToImportWriter = { changes: PreparedChange[] } | { commit: string } | { rollback: true }
export type FromImportWriter =
  { ready: true } | { written: number } | { ended: 'committed' | 'rolled back' } | { error: string }

/** Changes sent at once: enough that a message's cost is nothing beside the writing. */
const BATCH = 256
/** Batches the writer may be behind before the reader waits, so memory stays small. */
const AHEAD = 8

/**
 * Sends a run's changes to the import's writing thread (see import-write-thread.ts), so one
 * core reads and checks the file while the other writes: the run takes about as long as the
 * writing alone. A failure of the writer fails the run at the next row.
 */
export class PipedImportWrites implements ImportWrites {
  private batch: PreparedChange[] = []
  private sent = 0
  private written = 0
  private failure: Error | null = null
  private waiter: { resolve: () => void; reject: (error: Error) => void } | null = null
  private ending: { resolve: () => void; reject: (error: Error) => void } | null = null
  private opened: { resolve: () => void; reject: (error: Error) => void } | null = null

  constructor(private readonly port: MessagePort) {
    port.on('message', (message: FromImportWriter) => this.answer(message))
  }

  /** Resolves once the writer holds the file's write lock (and has brought its schema up to date). */
  ready(): Promise<void> {
    return new Promise((resolve, reject) => (this.opened = { resolve, reject }))
  }

  private answer(message: FromImportWriter): void {
    if ('ready' in message) this.opened?.resolve()
    else if ('written' in message) {
      this.written += 1
      if (this.sent - this.written <= AHEAD / 2) this.release()
    } else if ('ended' in message) {
      this.port.close()
      this.ending?.resolve()
    } else {
      // The writer has rolled back and stopped.
      this.failure = new Error(message.error)
      this.port.close()
      this.release()
      this.opened?.reject(this.failure)
      this.ending?.reject(this.failure)
    }
  }

  private release(): void {
    const waiter = this.waiter
    this.waiter = null
    if (!waiter) return
    if (this.failure) waiter.reject(this.failure)
    else waiter.resolve()
  }

  private post(message: ToImportWriter): void {
    this.port.postMessage(message)
  }

  private flush(): void {
    if (this.batch.length === 0) return
    this.post({ changes: this.batch })
    this.batch = []
    this.sent += 1
  }

  take(change: PreparedChange): void {
    if (this.failure) throw this.failure
    this.batch.push(change)
    if (this.batch.length >= BATCH) this.flush()
  }

  backlog(): Promise<void> | null {
    if (this.failure) return Promise.reject(this.failure)
    if (this.sent - this.written <= AHEAD) return null
    return new Promise((resolve, reject) => (this.waiter = { resolve, reject }))
  }

  private end(message: ToImportWriter): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.failure) return reject(this.failure)
      this.ending = { resolve, reject }
      this.post(message)
    })
  }

  commit(label: string): Promise<void> {
    this.flush()
    return this.end({ commit: label })
  }

  rollback(): Promise<void> {
    this.batch = []
    // A writer that failed has rolled back already.
    return this.end({ rollback: true }).catch(() => undefined)
  }
}
