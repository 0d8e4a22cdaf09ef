import type { DatabaseSync } from 'node:sqlite'
import { BUSY_TIMEOUT_MS } from '../sqlite/sqlite-database'

/** Pages of the search index merged in one step: a few milliseconds of work at most. */
const MERGE_PAGES_PER_STEP = 32

/**
 * One step of the upkeep SQLite would otherwise do inside some edit's commit: merging the
 * search index's small segments, then copying the write-ahead log into the file.
 *
 * Each edit adds a small segment to the FTS5 index; when 16 pile up on one level, FTS5 merges
 * them inside the commit that adds the 16th (2 MB written, 15–20 ms, in a 200,000-event file),
 * and every 1,000 pages of log a commit also checkpoints. Done in steps while no one waits on
 * the file, neither holds up an edit; left undone (no quiet moment), SQLite still does both
 * itself as before. A step never waits for a lock (an import in another process wins) and
 * never fails: the upkeep is done at the next quiet moment instead.
 *
 * Answers whether more merging is left.
 */
export function tidyTimelineFile(db: DatabaseSync): boolean {
  const changes = db.prepare('SELECT total_changes() AS n')
  const count = () => Number((changes.get() as { n: number }).n)
  db.exec('PRAGMA busy_timeout = 0')
  try {
    const before = count()
    // A positive count merges only a level holding enough segments (FTS5's "usermerge"): an
    // index with nothing to merge is left as it is. Work done shows as two or more changes.
    db.prepare("INSERT INTO events_fts (events_fts, rank) VALUES ('merge', ?)").run(
      MERGE_PAGES_PER_STEP,
    )
    if (count() - before >= 2) return true
    db.prepare('PRAGMA wal_checkpoint(PASSIVE)').get()
    return false
  } catch {
    return false
  } finally {
    db.exec(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`)
  }
}
