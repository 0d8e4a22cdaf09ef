import { copyFileSync, rmSync } from 'node:fs'
import { DatabaseSync } from 'node:sqlite'

/**
 * Reads a timeline's main file as it is without its write-ahead log (what a copy of the file
 * alone holds, or a crash would find there once the log is lost).
 */
export function readFileAlone<T>(path: string, read: (db: DatabaseSync) => T): T {
  const alone = `${path}.file-alone`
  copyFileSync(path, alone)
  const db = new DatabaseSync(alone)
  try {
    return read(db)
  } finally {
    db.close()
    for (const suffix of ['', '-wal', '-shm']) rmSync(alone + suffix, { force: true })
  }
}

/** An event's title as the timeline's main file alone holds it; null if it lacks the event. */
export function titleInFileAlone(path: string, eventId: string): string | null {
  return readFileAlone(path, (db) => {
    const row = db.prepare('SELECT title FROM events WHERE id = ?').get(eventId)
    return (row as { title: string } | undefined)?.title ?? null
  })
}
