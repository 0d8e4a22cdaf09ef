import { readFile, writeFile } from 'node:fs/promises'
import { DatabaseSync } from 'node:sqlite'

/**
 * Scribbles over a page of a timeline file's search index: its events stay readable, and
 * SQLite's integrity check finds the file damaged.
 */
export async function damageSearchIndex(path: string): Promise<void> {
  const db = new DatabaseSync(path, { readOnly: true })
  const { pageno } = db
    .prepare("SELECT pageno FROM dbstat WHERE name = 'events_fts_data' ORDER BY pageno DESC")
    .get() as { pageno: number }
  const pageSize = (db.prepare('PRAGMA page_size').get() as { page_size: number }).page_size
  db.close()
  const bytes = await readFile(path)
  bytes.fill(0x55, (pageno - 1) * pageSize, pageno * pageSize)
  await writeFile(path, bytes)
}
