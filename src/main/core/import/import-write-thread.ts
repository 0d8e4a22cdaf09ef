import type { MessagePort } from 'node:worker_threads'
import { TimelineRepository } from '../timeline/timeline-repository'
import { ImportChangeWriter } from './import-changes'
import { importWriteFailed, type FromImportWriter, type ToImportWriter } from './import-writes'

/**
 * The writing half of a run (the other half reads and checks the file; see PipedImportWrites):
 * it holds the import's one transaction on a connection of its own, writes the changes as
 * they come, and commits or rolls back when told. Any failure rolls back, and is told once.
 */
export function serveImportWrites(
  port: MessagePort,
  target: { timelinePath: string; at: string; label: string },
): void {
  const answer = (message: FromImportWriter) => port.postMessage(message)
  let repository: TimelineRepository | null = null
  let end: ((commit: string | null) => void) | null = null
  try {
    const opened = TimelineRepository.open(target.timelinePath, { readOnly: false })
    repository = opened
    opened.prepareForBulkWrite()
    const tables = opened.editTables()
    const transaction = tables.beginTransaction(true)
    const writer = new ImportChangeWriter(tables, target)
    answer({ ready: true })
    end = (commit) => {
      if (commit === null) transaction.rollback()
      else {
        writer.relabel(commit)
        transaction.commit()
      }
    }
    port.on('message', (message: ToImportWriter) => {
      try {
        if ('changes' in message) {
          for (const change of message.changes) writer.write(change)
          answer({ written: message.changes.length })
          return
        }
        end!('commit' in message ? message.commit : null)
        finish({ ended: 'commit' in message ? 'committed' : 'rolled back' })
      } catch (error) {
        fail(error)
      }
    })
  } catch (error) {
    fail(error)
  }

  function finish(message: FromImportWriter): void {
    repository?.close()
    repository = null
    answer(message)
    port.close()
  }

  function fail(error: unknown): void {
    try {
      end?.(null)
    } finally {
      finish({ error: importWriteFailed(error).message })
    }
  }
}
