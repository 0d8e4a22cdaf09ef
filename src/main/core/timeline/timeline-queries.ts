import type { DatabaseSync, StatementSync } from 'node:sqlite'
import type { Link } from '../../../shared/links'
import type {
  ActorRole,
  Claim,
  DatePrecision,
  Place,
  Status,
  TimelineEvent,
} from '../../../shared/model'
import { LinkTable } from './link-table'
import { prefixQuery, WordRecheck } from './word-recheck'

/** What a windowed lookup needs of every event, as parallel columns in time order. */
export interface TimeColumns {
  seq: Int32Array
  startMs: Float64Array
  endMs: Float64Array
  track: string[]
  status: string[]
}

/** What a list row or a timeline chip shows of an event. */
export interface EventRow {
  seq: number
  id: string
  title: string
  start: string
  end?: string
  precision: DatePrecision
  timeZone?: string
  placeName?: string
  track: string
  status: Status
  tags: string[]
}

type Cells = Array<string | number | null>

interface PlaceAndNotes {
  place_name: string | null
  place_country: string | null
  place_latitude: number | null
  place_longitude: number | null
  notes: string
  external_id: string | null
}

/** An event's place from its columns: none without a name; coordinates only where known. */
export function placeOf(
  row: Pick<PlaceAndNotes, 'place_name' | 'place_country' | 'place_latitude' | 'place_longitude'>,
): Place | undefined {
  if (row.place_name === null) return undefined
  const place: Place = { name: row.place_name }
  if (row.place_country !== null) place.country = row.place_country
  if (row.place_latitude !== null) place.latitude = row.place_latitude
  if (row.place_longitude !== null) place.longitude = row.place_longitude
  return place
}
const UNIT = '\u001f'
/** SQLite's default limit of bound parameters is far above this; chunks keep statements small. */
const CHUNK = 500

function arrays(statement: StatementSync): StatementSync {
  statement.setReturnArrays(true)
  return statement
}

/**
 * The read queries a timeline file answers for the event store: the time columns once at
 * open, then, per request, only the rows a window, a page or a filter needs. All SQL here.
 */
export class TimelineQueries {
  private readonly rowsBySeq: StatementSync
  private readonly seqById: StatementSync
  private readonly idByExternalId: StatementSync
  private links: LinkTable | undefined
  private recheck: WordRecheck | undefined

  constructor(private readonly db: DatabaseSync) {
    this.rowsBySeq = arrays(
      db.prepare(
        `SELECT seq, id, title, start, end, precision, time_zone, place_name, track, status,
           (SELECT group_concat(tag, '${UNIT}') FROM
             (SELECT tag FROM event_tags WHERE event_seq = e.seq ORDER BY position))
         FROM events e WHERE seq IN (SELECT value FROM json_each(?))`,
      ),
    )
    this.seqById = db.prepare('SELECT seq FROM events WHERE id = ?')
    this.idByExternalId = db.prepare(
      'SELECT id FROM events INDEXED BY events_by_external_id WHERE external_id = ?',
    )
  }

  /** Every event's time, track and status, in time order (then by id). */
  timeColumns(): TimeColumns {
    const rows = arrays(
      this.db.prepare(
        'SELECT seq, start_ms, end_ms, track, status FROM events INDEXED BY events_by_time ORDER BY start_ms, id',
      ),
    ).all() as unknown as Cells[]
    const n = rows.length
    const columns: TimeColumns = {
      seq: new Int32Array(n),
      startMs: new Float64Array(n),
      endMs: new Float64Array(n),
      track: new Array<string>(n),
      status: new Array<string>(n),
    }
    rows.forEach((row, i) => {
      columns.seq[i] = Number(row[0])
      columns.startMs[i] = Number(row[1])
      columns.endMs[i] = Number(row[2])
      columns.track[i] = String(row[3])
      columns.status[i] = String(row[4])
    })
    return columns
  }

  /** The rows of these events, in the order given. */
  rows(seqs: ArrayLike<number>): EventRow[] {
    const found = new Map<number, EventRow>()
    for (let from = 0; from < seqs.length; from += CHUNK) {
      const chunk = Array.from(
        { length: Math.min(CHUNK, seqs.length - from) },
        (_, i) => seqs[from + i]!,
      )
      for (const r of this.rowsBySeq.all(JSON.stringify(chunk)) as unknown as Cells[]) {
        const row: EventRow = {
          seq: Number(r[0]),
          id: String(r[1]),
          title: String(r[2]),
          start: String(r[3]),
          precision: String(r[5]) as DatePrecision,
          track: String(r[8]),
          status: String(r[9]) as Status,
          tags: r[10] === null ? [] : String(r[10]).split(UNIT),
        }
        if (r[4] !== null) row.end = String(r[4])
        if (r[6] !== null) row.timeZone = String(r[6])
        if (r[7] !== null) row.placeName = String(r[7])
        found.set(row.seq, row)
      }
    }
    return Array.from(seqs, (seq) => found.get(seq)!).filter(Boolean)
  }

  seqOf(id: string): number | null {
    const row = this.seqById.get(id) as { seq: number } | undefined
    return row?.seq ?? null
  }

  /** The id of the event that carries this external id, if any (at most one does). */
  idOfExternalId(externalId: string): string | null {
    const row = this.idByExternalId.get(externalId) as { id: string } | undefined
    return row?.id ?? null
  }

  titleOf(id: string): string | undefined {
    const row = this.db.prepare('SELECT title FROM events WHERE id = ?').get(id) as
      { title: string } | undefined
    return row?.title
  }

  /** The links from and to an event. */
  linksOf(eventId: string): Link[] {
    this.links ??= new LinkTable(this.db)
    return this.links.of(eventId)
  }

  /** The links with both ends among these events. */
  linksAmong(eventIds: readonly string[]): Link[] {
    this.links ??= new LinkTable(this.db)
    return this.links.among(eventIds)
  }

  /** Events with any of these tags. */
  seqsWithTags(tags: readonly string[], among?: readonly number[]): Int32Array {
    return this.seqList(
      'SELECT DISTINCT event_seq AS seq FROM event_tags WHERE tag IN (SELECT value FROM json_each(?))',
      JSON.stringify(tags),
      among,
    )
  }

  /** Events with any of these actors. */
  seqsWithActors(actorIds: readonly string[], among?: readonly number[]): Int32Array {
    return this.seqList(
      'SELECT DISTINCT event_seq AS seq FROM event_actors WHERE actor_id IN (SELECT value FROM json_each(?))',
      JSON.stringify(actorIds),
      among,
    )
  }

  /** Events whose own text has a word beginning with `word` (folded), from the FTS5 index. */
  seqsWithWord(word: string, among?: readonly number[]): Int32Array {
    const index = among ? (this.recheck ??= new WordRecheck(this.db)).holding(among) : 'events_fts'
    const sql = `SELECT rowid AS seq FROM ${index} WHERE ${index} MATCH ?`
    return this.seqList(sql, prefixQuery(word))
  }

  /** The events with these ids, by id. */
  seqsOfIds(ids: readonly string[]): Map<string, number> {
    const rows = arrays(
      this.db.prepare('SELECT id, seq FROM events WHERE id IN (SELECT value FROM json_each(?))'),
    ).all(JSON.stringify(ids)) as unknown as Cells[]
    return new Map(rows.map((r) => [String(r[0]), Number(r[1])]))
  }

  /** Every tag in use, in order: each step seeks the next one in the tag index (not every row). */
  tags(): string[] {
    const next = 'SELECT min(tag) FROM event_tags WHERE tag > seen.tag'
    const sql = `WITH RECURSIVE seen (tag) AS (SELECT min(tag) FROM event_tags
      UNION ALL SELECT (${next}) FROM seen WHERE seen.tag IS NOT NULL)
      SELECT tag FROM seen WHERE tag IS NOT NULL`
    return (arrays(this.db.prepare(sql)).all() as unknown as Cells[]).map((r) => String(r[0]))
  }

  /** One event whole, as the bundled data holds it. */
  event(id: string): TimelineEvent | null {
    const seq = this.seqOf(id)
    if (seq === null) return null
    const row = this.db
      .prepare(
        'SELECT place_name, place_country, place_latitude, place_longitude, notes, external_id FROM events WHERE seq = ?',
      )
      .get(seq) as unknown as PlaceAndNotes
    const [summary] = this.rows([seq])
    const actors = this.db
      .prepare('SELECT actor_id, role FROM event_actors WHERE event_seq = ? ORDER BY position')
      .all(seq) as Array<{ actor_id: string; role: ActorRole }>
    const claims = (
      this.db
        .prepare(
          'SELECT claim_id, claimant, source_id, read_in_id, reported, read_on, text, is_quote, status, url FROM claims WHERE event_seq = ? ORDER BY position',
        )
        .all(seq) as Array<Record<string, string | number | null>>
    ).map((c): Claim => {
      const claim: Claim = {
        id: String(c['claim_id']),
        claimant: String(c['claimant']),
        sourceId: String(c['source_id']),
        readOn: String(c['read_on']),
        text: String(c['text']),
        isQuote: c['is_quote'] === 1,
        status: String(c['status']) as Status,
      }
      if (c['read_in_id'] !== null) claim.readInId = String(c['read_in_id'])
      if (c['reported'] !== null) claim.reported = String(c['reported'])
      if (c['url'] !== null) claim.url = String(c['url'])
      return claim
    })
    const { id: eventId, title, start, end, precision, timeZone, track, status, tags } = summary!
    const event: TimelineEvent = {
      id: eventId,
      ...(row.external_id === null ? {} : { externalId: row.external_id }),
      title,
      start,
      ...(end === undefined ? {} : { end }),
      precision,
      ...(timeZone === undefined ? {} : { timeZone }),
      track,
      tags,
      status,
      actors: actors.map((a) => ({ actorId: a.actor_id, role: a.role })),
      notes: row.notes,
      claims,
    }
    const place = placeOf(row)
    if (place) event.place = place
    return event
  }

  /**
   * The row numbers a query answers (those in `among` only, if given: an edit's few), as one
   * comma-separated string built by SQLite and parsed here: a word as short as "p" matches most
   * events, and a row object each would cost more than the search itself.
   */
  private seqList(sql: string, parameter: string, among?: readonly number[]): Int32Array {
    const only = among ? ' WHERE seq IN (SELECT value FROM json_each(?))' : ''
    const row = this.db
      .prepare(`SELECT group_concat(seq) AS list FROM (${sql})${only}`)
      .get(parameter, ...(among ? [JSON.stringify(among)] : [])) as { list: string | null }
    const text = row.list ?? ''
    const out = new Int32Array(text.length === 0 ? 0 : text.split(',', -1).length)
    let value = 0
    let at = 0
    for (let i = 0; i < text.length; i += 1) {
      const code = text.charCodeAt(i)
      if (code === 44) {
        out[at++] = value
        value = 0
      } else value = value * 10 + code - 48
    }
    if (text.length > 0) out[at] = value
    return out
  }
}
