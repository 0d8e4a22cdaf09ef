/**
 * What the "Event" dialog holds while the user types: every field as the text in its box, so
 * nothing typed is lost, however wrong. `event-draft.ts` turns it into a draft and checks it.
 */
import { format } from 'date-fns'
import type { Actor, ActorRole, DatePrecision, Place, Source, Status } from '../../../shared/model'
import type { EventDetail } from '../../../shared/store'

/** The value of the Actor and Source selects that makes a new one from the name typed. */
export const NEW_CHOICE = '__new'

export interface ActorRowForm {
  /** Stable across edits of the list, for React and for the fields' ids. */
  key: string
  /** An actor's id, NEW_CHOICE, or '' before one is chosen. */
  actorId: string
  newName: string
  newKind: Actor['kind']
  role: ActorRole
}

export interface ClaimForm {
  key: string
  claimant: string
  /** A source's id, NEW_CHOICE, or '' before one is chosen. */
  sourceId: string
  newSourceName: string
  newSourceKind: Source['kind']
  /** Empty when no source gives the day it was reported. */
  reported: string
  /** The day the user read it, YYYY-MM-DD. */
  readOn: string
  text: string
  isQuote: boolean
  status: Status
  url: string
  /** Kept as it was: the dialog has no field for the document a claim was read in. */
  readInId?: string | undefined
  /** The claim's id, kept so links to it survive the edit; a new claim has none yet. */
  id?: string | undefined
}

export interface EventForm {
  title: string
  start: string
  end: string
  precision: DatePrecision
  timeZone: string
  place: string
  /** The place the event had, so its country is kept while its name is. */
  originalPlace?: Place | undefined
  track: string
  status: Status
  /** Comma-separated. */
  tags: string
  actors: ActorRowForm[]
  summary: string
  claims: ClaimForm[]
}

let lastKey = 0
function nextKey(): string {
  lastKey += 1
  return `row-${lastKey}`
}

export function emptyActorRow(): ActorRowForm {
  return { key: nextKey(), actorId: '', newName: '', newKind: 'person', role: 'party' }
}

/** The reader's own calendar day, YYYY-MM-DD: a claim added now is read today. */
export function today(now: Date = new Date()): string {
  return format(now, 'yyyy-MM-dd')
}

export function emptyClaim(): ClaimForm {
  return {
    key: nextKey(),
    claimant: '',
    sourceId: '',
    newSourceName: '',
    newSourceKind: 'news-outlet',
    reported: '',
    readOn: today(),
    text: '',
    isQuote: false,
    status: 'reported',
    url: '',
  }
}

/** A new event: on the first track, reported, with one claim to fill in. */
export function emptyEventForm(track: string): EventForm {
  return {
    title: '',
    start: '',
    end: '',
    precision: 'day',
    timeZone: '',
    place: '',
    track,
    status: 'reported',
    tags: '',
    actors: [],
    summary: '',
    claims: [emptyClaim()],
  }
}

/** The form for changing an event, filled from its details. */
export function eventFormFrom(event: EventDetail): EventForm {
  return {
    title: event.title,
    start: event.start,
    end: event.end ?? '',
    precision: event.precision,
    timeZone: event.timeZone ?? '',
    place: event.place?.name ?? '',
    originalPlace: event.place,
    track: event.track,
    status: event.status,
    tags: event.tags.join(', '),
    actors: event.actors.map(({ actor, role }) => ({
      ...emptyActorRow(),
      actorId: actor.id,
      role,
    })),
    summary: event.notes,
    claims: event.claims.map((claim) => ({
      ...emptyClaim(),
      id: claim.id,
      claimant: claim.claimant,
      sourceId: claim.sourceId,
      readInId: claim.readInId,
      reported: claim.reported ?? '',
      readOn: claim.readOn,
      text: claim.text,
      isQuote: claim.isQuote,
      status: claim.status,
      url: claim.url ?? '',
    })),
  }
}
