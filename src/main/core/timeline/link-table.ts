import type { DatabaseSync } from 'node:sqlite'
import type { Link } from '../../../shared/links'

type Row = Record<string, string | null>

function toLink(r: Row): Link {
  const end = (event: string | null, claim: string | null) => ({
    eventId: String(event),
    ...(claim === null ? {} : { claimId: claim }),
  })
  return {
    id: String(r['id']),
    kind: String(r['kind']) as Link['kind'],
    from: end(r['from_event']!, r['from_claim']!),
    to: end(r['to_event']!, r['to_claim']!),
    ...(r['note'] === null ? {} : { note: String(r['note']) }),
  }
}

/** The links between a timeline's events and claims: read, written one at a time, listed. */
export class LinkTable {
  constructor(private readonly db: DatabaseSync) {}

  read(id: string): Link | null {
    const row = this.db.prepare('SELECT * FROM links WHERE id = ?').get(id) as Row | undefined
    return row ? toLink(row) : null
  }

  /** Sets one link to this state: written whole, or removed when null. */
  put(id: string, link: Link | null): void {
    this.db.prepare('DELETE FROM links WHERE id = ?').run(id)
    if (!link) return
    this.db
      .prepare(
        'INSERT INTO links (id, kind, from_event, from_claim, to_event, to_claim, note) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(
        link.id,
        link.kind,
        link.from.eventId,
        link.from.claimId ?? null,
        link.to.eventId,
        link.to.claimId ?? null,
        link.note ?? null,
      )
  }

  /** Every link from or to an event, oldest first. */
  of(eventId: string): Link[] {
    return (
      this.db
        .prepare('SELECT * FROM links WHERE from_event = ?1 OR to_event = ?1 ORDER BY rowid')
        .all(eventId) as Row[]
    ).map(toLink)
  }

  /** Every link with both ends among these events (a JSON array of ids), oldest first. */
  among(eventIds: readonly string[]): Link[] {
    const ids = JSON.stringify(eventIds)
    return (
      this.db
        .prepare(
          `SELECT * FROM links WHERE from_event IN (SELECT value FROM json_each(?1))
             AND to_event IN (SELECT value FROM json_each(?1)) ORDER BY rowid`,
        )
        .all(ids) as Row[]
    ).map(toLink)
  }

  all(): Link[] {
    return (this.db.prepare('SELECT * FROM links ORDER BY rowid').all() as Row[]).map(toLink)
  }
}
