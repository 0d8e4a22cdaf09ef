import type { DatabaseSync, StatementSync } from 'node:sqlite'
import type { TimelineEvent } from '../../../shared/model'
import { eventRows, type EventRows } from './event-rows'

/** What the event store keeps in memory of an event row, for an edit to update it in place. */
export interface EventColumnsRow {
  seq: number
  id: string
  startMs: number
  endMs: number
  track: string
  status: string
}

/**
 * Writes whole events: the row, its actors, tags and claims, and its search text. Used to
 * build a file and by every edit, so an event reads back the same whichever wrote it.
 */
export class EventWriter {
  private readonly event: StatementSync
  private readonly eventAt: StatementSync
  private readonly eventActor: StatementSync
  private readonly tag: StatementSync
  private readonly claim: StatementSync
  private readonly search: StatementSync
  private readonly sourceName: StatementSync
  private readonly seqOf: StatementSync
  private readonly remove: StatementSync
  private readonly removeSearch: StatementSync

  constructor(db: DatabaseSync) {
    const columns =
      'id, title, start, end, precision, time_zone, place_name, place_country, track, status, notes, start_ms, end_ms, external_id, place_latitude, place_longitude'
    const marks = columns.split(',').map(() => '?')
    this.event = db.prepare(`INSERT INTO events (${columns}) VALUES (${marks.join(', ')})`)
    this.eventAt = db.prepare(
      `INSERT INTO events (seq, ${columns}) VALUES (?, ${marks.join(', ')})`,
    )
    this.eventActor = db.prepare(
      'INSERT INTO event_actors (event_seq, position, actor_id, role) VALUES (?, ?, ?, ?)',
    )
    this.tag = db.prepare('INSERT INTO event_tags (event_seq, position, tag) VALUES (?, ?, ?)')
    this.claim = db.prepare(
      'INSERT INTO claims (event_seq, position, claim_id, claimant, source_id, read_in_id, reported, read_on, text, is_quote, status, url) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    )
    this.search = db.prepare(
      'INSERT INTO events_fts (rowid, title, notes, place, claims) VALUES (?, ?, ?, ?, ?)',
    )
    this.sourceName = db.prepare('SELECT name FROM sources WHERE id = ?')
    this.seqOf = db.prepare('SELECT seq FROM events WHERE id = ?')
    this.remove = db.prepare('DELETE FROM events WHERE seq = ?')
    this.removeSearch = db.prepare('DELETE FROM events_fts WHERE rowid = ?')
  }

  /**
   * Inserts an event, at row `seq` when given (an edit keeps an event's row), and answers
   * what the store keeps of it. `sourceNames` saves a lookup per claim when building a file.
   */
  insert(event: TimelineEvent, seq?: number, sourceNames?: Map<string, string>): EventColumnsRow {
    const nameOf = (id: string) =>
      sourceNames?.get(id) ?? (this.sourceName.get(id) as { name: string } | undefined)?.name ?? ''
    return this.insertRows(eventRows(event, nameOf), seq)
  }

  /** Inserts an event's rows (see `eventRows`), at row `seq` when given. */
  insertRows(rows: EventRows, seq?: number): EventColumnsRow {
    const at = Number(
      seq === undefined
        ? this.event.run(...rows.event).lastInsertRowid
        : this.eventAt.run(seq, ...rows.event).lastInsertRowid,
    )
    for (const actor of rows.actors) this.eventActor.run(at, ...actor)
    for (const tag of rows.tags) this.tag.run(at, ...tag)
    for (const claim of rows.claims) this.claim.run(at, ...claim)
    this.search.run(at, ...rows.search)
    const { id, startMs, endMs, track, status } = rows
    return { seq: at, id, startMs, endMs, track, status }
  }

  /** Removes an event with its actors, tags, claims and search text; its row, or null. */
  delete(id: string): number | null {
    const row = this.seqOf.get(id) as { seq: number } | undefined
    if (!row) return null
    this.removeSearch.run(row.seq)
    this.remove.run(row.seq)
    return row.seq
  }
}
