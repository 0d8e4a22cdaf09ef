import type { DateOrder } from '../../../shared/import'
import { readDate } from './import-dates'
import type { ClaimSpec, RowOutcome, TrackRef } from './event-spec'
import { RowProblem, type Row } from './row-reader'

/** What every row builder needs: the file, the user's choices, and what it noticed. */
export interface BuildContext {
  fileName: string
  dateOrder: DateOrder | null
  /** The "Group by" column, or null: every event on one track. */
  groupBy: string | null
  /** The first date met that reads both ways while no order was chosen. */
  ambiguousDate: string | null
}

/** Turns the rows of a file into events, one row at a time. */
export interface RowBuilder {
  /** What the row completes (the app's CSV gives an event once its last claim row is read). */
  take(row: Row, line: number): RowOutcome[]
  /** What is left at the end of the file. */
  end(): RowOutcome[]
}

/** The label of the track an event goes on when its "Group by" cell is empty. */
export const UNGROUPED = 'Ungrouped'

export function trackOf(context: BuildContext, row: Row): TrackRef {
  return { label: row.get(context.groupBy) || UNGROUPED }
}

/** A date cell read, or the row refused with the column and why. */
export function dateCell(context: BuildContext, row: Row, column: string, text = row.get(column)) {
  const read = readDate(text, context.dateOrder)
  if (read.ok) return read
  if (read.ambiguous) context.ambiguousDate ??= text
  throw new RowProblem(column, read.reason)
}

/**
 * The claim of a row whose file names no source (TimelineJS, Preceden, a sheet of one's own):
 * the file itself is the source, a document, and says what the summary says. It has no
 * reported day, since the file says nothing of when it was reported; it is read on the day of
 * its first import (a re-import keeps that day, so it does not "update" every event).
 */
export function fileClaim(context: BuildContext, text: string): ClaimSpec {
  return {
    claimant: context.fileName.slice(0, 200),
    source: { name: context.fileName.slice(0, 200), kind: 'document' },
    text,
    isQuote: false,
    status: 'reported',
  }
}

/** Each row on its own: builds it, or rejects it naming the cell at fault. */
export function oneRowEach(build: (row: Row, line: number) => RowOutcome): RowBuilder {
  return {
    take: (row, line) => {
      try {
        return [build(row, line)]
      } catch (error) {
        if (!(error instanceof RowProblem)) throw error
        return [{ kind: 'reject', line, column: error.column, reason: error.reason }]
      }
    },
    end: () => [],
  }
}
