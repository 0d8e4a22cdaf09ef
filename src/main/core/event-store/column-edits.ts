import type { EventColumnsRow } from '../timeline/event-writer'
import type { TimeColumns } from '../timeline/timeline-queries'
import { insertionPoint } from './sorted-search'
import type { BucketedEvent } from './time-buckets'

/**
 * The time columns after an edit: the removed rows dropped and the inserted ones placed in
 * time order (then by id, as the file orders them), in one pass, so an edit of one event
 * among hundreds of thousands costs a copy of the columns, not a reread of the file.
 * `idsOf` answers the ids of existing rows that start at the same moment as an inserted one.
 */
export function spliceColumns(
  columns: TimeColumns,
  removedSeqs: readonly number[],
  inserted: readonly EventColumnsRow[],
  idsOf: (seqs: number[]) => Map<number, string>,
): TimeColumns {
  const removed = new Set(removedSeqs)
  const rows = [...inserted].sort((a, b) => a.startMs - b.startMs || compareIds(a.id, b.id))
  const tiedSeqs: number[] = []
  const startAt = (i: number) => columns.startMs[i]!
  for (const row of rows) {
    const from = insertionPoint(columns.seq.length, startAt, row.startMs, false)
    for (let i = from; i < columns.seq.length && startAt(i) === row.startMs; i += 1)
      tiedSeqs.push(columns.seq[i]!)
  }
  const tiedIds = tiedSeqs.length === 0 ? new Map<number, string>() : idsOf(tiedSeqs)
  const kept = columns.seq.reduce((n, seq) => (removed.has(seq) ? n : n + 1), 0)
  const n = kept + rows.length
  const out: TimeColumns = {
    seq: new Int32Array(n),
    startMs: new Float64Array(n),
    endMs: new Float64Array(n),
    track: new Array<string>(n),
    status: new Array<string>(n),
  }
  let at = 0
  let next = 0
  const put = (seq: number, startMs: number, endMs: number, track: string, status: string) => {
    out.seq[at] = seq
    out.startMs[at] = startMs
    out.endMs[at] = endMs
    out.track[at] = track
    out.status[at] = status
    at += 1
  }
  const flushBefore = (startMs: number, seq: number) => {
    while (next < rows.length) {
      const row = rows[next]!
      const first =
        row.startMs < startMs ||
        (row.startMs === startMs && compareIds(row.id, tiedIds.get(seq) ?? '') < 0)
      if (!first) return
      put(row.seq, row.startMs, row.endMs, row.track, row.status)
      next += 1
    }
  }
  for (let i = 0; i < columns.seq.length; i += 1) {
    const seq = columns.seq[i]!
    if (removed.has(seq)) continue
    flushBefore(columns.startMs[i]!, seq)
    put(seq, columns.startMs[i]!, columns.endMs[i]!, columns.track[i]!, columns.status[i]!)
  }
  flushBefore(Infinity, -1)
  return out
}

/** SQLite's BINARY collation; ids are ASCII, so comparing strings in JS gives the same order. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Whether an edit puts back exactly the rows it removed, each with the same columns. */
export function sameColumns(
  columns: TimeColumns,
  removedSeqs: readonly number[],
  inserted: readonly EventColumnsRow[],
): boolean {
  if (removedSeqs.length !== inserted.length) return false
  const bySeq = new Map(inserted.map((row) => [row.seq, row]))
  let found = 0
  for (let i = 0; i < columns.seq.length && found < inserted.length; i += 1) {
    const row = bySeq.get(columns.seq[i]!)
    if (!row) continue
    found += 1
    if (
      row.startMs !== columns.startMs[i] ||
      row.endMs !== columns.endMs[i] ||
      row.track !== columns.track[i] ||
      row.status !== columns.status[i]
    )
      return false
  }
  return found === inserted.length && removedSeqs.every((seq) => bySeq.has(seq))
}

/** The events at these positions as the bucket counter reads them. */
export function bucketedAt(columns: TimeColumns, positions: ArrayLike<number>): BucketedEvent[] {
  const { startMs, track, status } = columns
  return Array.from(positions, (p) => ({
    startMs: startMs[p]!,
    event: { track: track[p]!, status: status[p] as BucketedEvent['event']['status'] },
  }))
}

/** Membership by row number: a byte each, faster to fill and test than a Set of numbers. */
export function membersOf(seqs: Int32Array, maxSeq: number): Uint8Array {
  const set = new Uint8Array(maxSeq + 1)
  for (const s of seqs) set[s] = 1
  return set
}
