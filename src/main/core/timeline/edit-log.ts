import type { DatabaseSync } from 'node:sqlite'

/** One thing an edit changed: its state before and after, as JSON (null: it did not exist). */
export interface LoggedChange {
  kind: 'event' | 'track' | 'actor' | 'source' | 'link'
  id: string
  before: string | null
  after: string | null
}

export interface LoggedEdit {
  seq: number
  at: string
  label: string
  changes: LoggedChange[]
}

/** An edit of one entity, as its History reads it. */
export interface EntityEdit {
  /** The edit's place in the log: later edits have larger numbers. */
  seq: number
  at: string
  label: string
  before: string | null
  after: string | null
}

/**
 * The edit log of a timeline file: every edit with the before and after of what it changed.
 * Undo marks the last done edit undone; redo the first undone one; a new edit drops the
 * undone ones, as every editor's linear undo does.
 */
export class EditLog {
  constructor(private readonly db: DatabaseSync) {}

  record(at: string, label: string, changes: readonly LoggedChange[]): void {
    const add = this.begin(at, label)
    changes.forEach(add)
  }

  /**
   * Starts an edit whose changes are written one at a time (an import's many thousands are
   * never held at once); answers the function that adds each, in order.
   */
  begin(at: string, label: string): (change: LoggedChange) => void {
    this.db.prepare('DELETE FROM edits WHERE undone = 1').run()
    const { lastInsertRowid } = this.db
      .prepare('INSERT INTO edits (at, label) VALUES (?, ?)')
      .run(at, label)
    const insert = this.db.prepare(
      'INSERT INTO edit_changes (edit_seq, position, kind, entity_id, before, after) VALUES (?, ?, ?, ?, ?, ?)',
    )
    let position = 0
    return (c) => {
      insert.run(lastInsertRowid, position, c.kind, c.id, c.before, c.after)
      position += 1
    }
  }

  /** Fills in the state after of one change (an event an import added; see the editor). */
  setAfter(seq: number, position: number, after: string | null): void {
    this.db
      .prepare('UPDATE edit_changes SET after = ? WHERE edit_seq = ? AND position = ?')
      .run(after, seq, position)
  }

  /** Names the last edit once its name is known (an import's, by what it did). */
  relabelLast(label: string): void {
    this.db
      .prepare('UPDATE edits SET label = ? WHERE seq = (SELECT max(seq) FROM edits)')
      .run(label)
  }

  /** The edit Undo would undo: the last one still done. */
  lastDone(): LoggedEdit | null {
    return this.edit('SELECT seq, at, label FROM edits WHERE undone = 0 ORDER BY seq DESC LIMIT 1')
  }

  /** The edit Redo would redo: the first one undone. */
  firstUndone(): LoggedEdit | null {
    return this.edit('SELECT seq, at, label FROM edits WHERE undone = 1 ORDER BY seq LIMIT 1')
  }

  markUndone(seq: number, undone: boolean): void {
    this.db.prepare('UPDATE edits SET undone = ? WHERE seq = ?').run(undone ? 1 : 0, seq)
  }

  labels(): { undo: string | null; redo: string | null } {
    const label = (sql: string) =>
      (this.db.prepare(sql).get() as { label: string } | undefined)?.label ?? null
    return {
      undo: label('SELECT label FROM edits WHERE undone = 0 ORDER BY seq DESC LIMIT 1'),
      redo: label('SELECT label FROM edits WHERE undone = 1 ORDER BY seq LIMIT 1'),
    }
  }

  /** Every done edit of the links from or to one event, newest first. */
  linkHistoryOf(eventId: string): EntityEdit[] {
    return this.db
      .prepare(
        `SELECT e.seq, e.at, e.label, c.before, c.after FROM edit_changes c JOIN edits e ON e.seq = c.edit_seq
         WHERE c.kind = 'link' AND e.undone = 0 AND ?1 IN (
           json_extract(c.before, '$.from.eventId'), json_extract(c.before, '$.to.eventId'),
           json_extract(c.after, '$.from.eventId'), json_extract(c.after, '$.to.eventId'))
         ORDER BY e.seq DESC, c.position DESC`,
      )
      .all(eventId) as unknown as EntityEdit[]
  }

  /** Every done edit of one entity, newest first. */
  historyOf(kind: LoggedChange['kind'], id: string): EntityEdit[] {
    return this.db
      .prepare(
        `SELECT e.seq, e.at, e.label, c.before, c.after FROM edit_changes c JOIN edits e ON e.seq = c.edit_seq
         WHERE c.kind = ? AND c.entity_id = ? AND e.undone = 0 ORDER BY e.seq DESC, c.position DESC`,
      )
      .all(kind, id) as unknown as EntityEdit[]
  }

  private edit(sql: string): LoggedEdit | null {
    const row = this.db.prepare(sql).get() as Omit<LoggedEdit, 'changes'> | undefined
    if (!row) return null
    const changes = (
      this.db
        .prepare(
          'SELECT kind, entity_id AS id, before, after FROM edit_changes WHERE edit_seq = ? ORDER BY position',
        )
        .all(row.seq) as unknown as LoggedChange[]
    ).map((c) => ({ kind: c.kind, id: c.id, before: c.before, after: c.after }))
    return { seq: row.seq, at: row.at, label: row.label, changes }
  }
}
