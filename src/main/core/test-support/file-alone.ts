import { copyFileSync, rmSync } from 'node:fs'
import { DatabaseSync } from 'node:sqlite'

/**
 * An event's title as the timeline's main file holds it without its write-ahead log (what a
 * crash would find there alone, once the log is lost); null if the file alone lacks it.
 */
export function titleInFileAlone(path: string, eventId: string): string | null {
  const alone = `${path}.file-alone`
  copyFileSync(path, alone)
  const db = new DatabaseSync(alone)
  try {
    const row = db.prepare('SELECT title FROM events WHERE id = ?').get(eventId)
    return (row as { title: string } | undefined)?.title ?? null
  } finally {
    db.close()
    for (const suffix of ['', '-wal', '-shm']) rmSync(alone + suffix, { force: true })
  }
}
