import type { DatabaseSync } from 'node:sqlite'
import { BUSY_TIMEOUT_MS } from '../sqlite/sqlite-database'

/** Pages of the search index merged in one step: a few milliseconds of work at most. */
const MERGE_PAGES_PER_STEP = 32

/** FTS5's merging as SQLite sets it: inside the commits that add segments. */
const MERGING_WHILE_WRITING = { automerge: 4, crisismerge: 16 } as const

/**
 * Merging left to the quiet moments: none inside writes, and all of a level at once only when
 * 64 segments pile up on it, which takes a burst of writes with no quiet moment between them.
 */
const MERGING_AT_QUIET_MOMENTS = { automerge: 0, crisismerge: 64 } as const

/**
 * Sets how FTS5 merges the search index's segments. The settings live in the file (an older
 * version of the app reads them too) and are written only where they differ. A file that
 * cannot take them now (a full disk, another writer) is left as it is: they are about speed,
 * never about what the file holds.
 */
function setMerging(db: DatabaseSync, settings: Record<string, number>): void {
  try {
    const setting = db.prepare('SELECT v FROM events_fts_config WHERE k = ?')
    const change = db.prepare('INSERT INTO events_fts (events_fts, rank) VALUES (?, ?)')
    for (const [key, value] of Object.entries(settings)) {
      const row = setting.get(key) as { v: unknown } | undefined
      if (row !== undefined && Number(row.v) === value) continue
      // As an integer: FTS5 refuses a setting with a fraction, as JS numbers bind.
      change.run(key, BigInt(value))
    }
  } catch {
    // Tried again at the next quiet moment.
  }
}

/**
 * For the store thread, which tidies at quiet moments: FTS5 no longer merges inside an edit.
 * With SQLite's settings, 60 edits in a row on a 200,000-event file took 0.3–0.6 ms each in
 * SQLite, but 22 and 16 ms for the 14th and the 35th, whose commits merged a level.
 */
export function leaveMergingToQuietMoments(db: DatabaseSync): void {
  setMerging(db, MERGING_AT_QUIET_MOMENTS)
}

/** For a bulk write (an import), which has no quiet moment: FTS5 merges as it writes. */
export function mergeWhileWriting(db: DatabaseSync): void {
  setMerging(db, MERGING_WHILE_WRITING)
}

/**
 * One step of the upkeep SQLite would otherwise do inside some edit's commit: merging the
 * search index's small segments, then copying the write-ahead log into the file.
 *
 * Each edit adds a small segment to the FTS5 index, which FTS5 is told to leave for these
 * steps (see `leaveMergingToQuietMoments`), and every 1,000 pages of log a commit also
 * checkpoints. Done in steps while no one waits on the file, neither holds up an edit; left
 * undone (no quiet moment), SQLite still does both itself. A step never waits for a lock (an
 * import in another process wins) and never fails: the upkeep is done at the next quiet
 * moment instead.
 *
 * Answers whether more merging is left.
 */
export function tidyTimelineFile(db: DatabaseSync): boolean {
  const changes = db.prepare('SELECT total_changes() AS n')
  const count = () => Number((changes.get() as { n: number }).n)
  db.exec('PRAGMA busy_timeout = 0')
  try {
    // After an import (see `mergeWhileWriting`), merging goes back to the quiet moments.
    leaveMergingToQuietMoments(db)
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
