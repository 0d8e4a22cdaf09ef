import type { ActorRole, Claim, Place, Source, Status, TimelineEvent } from '../../../shared/model'

/** A track named by the imported data: matched by id, else by label, else made. */
export interface TrackRef {
  id?: string
  label: string
  colour?: string
}

export interface SourceRef {
  id?: string
  name: string
  kind: Source['kind']
}

export interface ActorRef {
  id?: string
  name: string
  role: ActorRole
}

export interface ClaimSpec extends Omit<Claim, 'sourceId' | 'readInId' | 'readOn'> {
  source: SourceRef
  /**
   * The day the claim was read, when the file says (ACLED's record date, our CSV's read_on).
   * Else the claim keeps the day it already has in the timeline, or is read on the import's day.
   */
  readOn?: string
}

/**
 * An event as a row (or rows) of an import describe it, with tracks, actors and sources by
 * name: the import's catalogue turns those into the timeline's ids.
 */
export interface EventSpec extends Omit<
  TimelineEvent,
  'id' | 'track' | 'actors' | 'claims' | 'place'
> {
  /** The app's own id (its JSON and CSV): an event with this id is updated. */
  id?: string
  place?: Place
  track: TrackRef
  actors: ActorRef[]
  claims: ClaimSpec[]
  status: Status
}

/** Which column each field of the event came from, to name it when the field is refused. */
export type FieldColumns = Partial<Record<string, string>>

/** What one row (or a group of rows) of a file gives. */
export type RowOutcome =
  | { kind: 'event'; line: number; spec: EventSpec; columns: FieldColumns; lines: number[] }
  | { kind: 'skip'; line: number }
  | { kind: 'reject'; line: number; column: string; reason: string }
