/**
 * Turns the "Event" dialog's form into what `saveEvent` takes, and checks it with the shared
 * schemas the main process checks it with, so the user reads each problem beside its field
 * as they type instead of a refusal after Save.
 */
import type { z } from 'zod'
import type { SaveEventRequest } from '../../../shared/edits'
import {
  ActorSchema,
  EventDraftSchema,
  SourceSchema,
  type Actor,
  type Source,
} from '../../../shared/model'
import { NEW_CHOICE, type ClaimForm, type EventForm } from './event-form'

/** Where a message is shown: a field's key, e.g. "title", "claims.1.sourceId", "actors.0.newName". */
export type FieldErrors = Record<string, string>

export type ClaimField = keyof ClaimForm
export type ActorField = 'actorId' | 'newName' | 'role'

export function claimField(index: number, field: ClaimField): string {
  return `claims.${index}.${field}`
}

export function actorField(index: number, field: ActorField): string {
  return `actors.${index}.${field}`
}

/** Chooses the id of a source or actor made in the dialog, from its name. */
export type IdMaker = (name: string, kind: 'source' | 'actor') => string

export interface CheckedForm {
  /** What to save, or null while any field has a problem. */
  request: Omit<SaveEventRequest, 'id'> | null
  errors: FieldErrors
}

/** The draft's own field names, where the dialog's differ ("notes" is the Summary box). */
const TOP_FIELDS: Record<string, string> = { notes: 'summary' }

function optional(text: string): string | undefined {
  const trimmed = text.trim()
  return trimmed === '' ? undefined : trimmed
}

/** Leaves out the optional fields left empty, rather than sending them as nothing. */
function filled<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T
}

function tagsOf(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
    ),
  ]
}

/**
 * Sources and actors typed as new, one per name (two claims naming the same new outlet share
 * it), each with the id `makeId` gives it.
 */
class NewItems<T extends { id: string; name: string }> {
  readonly made: T[] = []
  private readonly byName = new Map<string, T>()

  constructor(private readonly make: (name: string) => T) {}

  idFor(name: string): string {
    const key = name.trim().toLowerCase()
    let item = this.byName.get(key)
    if (!item) {
      item = this.make(name.trim())
      this.byName.set(key, item)
      this.made.push(item)
    }
    return item.id
  }
}

function keyOfIssue(path: readonly PropertyKey[], form: EventForm): string {
  const [top, index, field] = path
  if (top === 'claims' && typeof index === 'number') {
    const claim = form.claims[index]
    const name = typeof field === 'string' ? field : 'text'
    if (name === 'sourceId' && claim?.sourceId === NEW_CHOICE)
      return claimField(index, 'newSourceName')
    return claimField(index, name as ClaimField)
  }
  if (top === 'actors' && typeof index === 'number') {
    const isNew = form.actors[index]?.actorId === NEW_CHOICE
    return field === 'role'
      ? actorField(index, 'role')
      : actorField(index, isNew ? 'newName' : 'actorId')
  }
  const name = String(top ?? '')
  return TOP_FIELDS[name] ?? name
}

function addIssues(
  errors: FieldErrors,
  issues: readonly z.core.$ZodIssue[],
  keyOf: (path: readonly PropertyKey[]) => string,
): void {
  for (const issue of issues) {
    const key = keyOf(issue.path)
    // The first problem of a field is the one to fix first.
    errors[key] ??= issue.message
  }
}

/** Builds the draft from the form and says what is wrong with it, field by field. */
export function checkEventForm(form: EventForm, makeId: IdMaker): CheckedForm {
  const errors: FieldErrors = {}
  const sources = new NewItems<Source>((name) => ({
    id: makeId(name, 'source'),
    name,
    kind: 'news-outlet',
  }))
  const actors = new NewItems<Actor>((name) => ({
    id: makeId(name, 'actor'),
    name,
    kind: 'person',
  }))

  const eventActors = form.actors.map((row, i) => {
    if (row.actorId === '') errors[actorField(i, 'actorId')] = 'choose an actor, or remove this row'
    if (row.actorId !== NEW_CHOICE) return { actorId: row.actorId, role: row.role }
    if (row.newName.trim() === '') {
      errors[actorField(i, 'newName')] = 'a new actor needs a name'
      return { actorId: row.actorId, role: row.role }
    }
    const id = actors.idFor(row.newName)
    const made = actors.made.find((actor) => actor.id === id)
    if (made) made.kind = row.newKind
    return { actorId: id, role: row.role }
  })

  const claims = form.claims.map((claim, i) => {
    let sourceId = claim.sourceId
    if (sourceId === NEW_CHOICE) {
      if (claim.newSourceName.trim() === '') {
        errors[claimField(i, 'newSourceName')] = 'a new source needs a name'
        sourceId = ''
      } else {
        sourceId = sources.idFor(claim.newSourceName)
        const made = sources.made.find((source) => source.id === sourceId)
        if (made) made.kind = claim.newSourceKind
      }
    }
    if (claim.readOn === '') errors[claimField(i, 'readOn')] = 'a claim needs the day it was read'
    return filled({
      id: claim.id,
      claimant: claim.claimant,
      sourceId,
      readInId: claim.readInId,
      reported: optional(claim.reported),
      readOn: claim.readOn,
      text: claim.text,
      isQuote: claim.isQuote,
      status: claim.status,
      url: optional(claim.url),
    })
  })

  const placeName = optional(form.place)
  const place = placeName
    ? {
        name: placeName,
        // A place renamed is another place: the country it had may not be its country.
        ...(form.originalPlace?.name === placeName && form.originalPlace.country
          ? { country: form.originalPlace.country }
          : {}),
      }
    : undefined

  const draft = filled({
    title: form.title,
    start: form.start.trim(),
    end: optional(form.end),
    precision: form.precision,
    timeZone: optional(form.timeZone),
    place,
    actors: eventActors,
    track: form.track,
    tags: tagsOf(form.tags),
    status: form.status,
    notes: form.summary,
    claims,
  })
  const parsed = EventDraftSchema.safeParse(draft)
  if (!parsed.success) addIssues(errors, parsed.error.issues, (path) => keyOfIssue(path, form))
  checkNewItems(errors, sources.made, form, 'source')
  checkNewItems(errors, actors.made, form, 'actor')

  const valid = parsed.success && Object.keys(errors).length === 0
  return {
    request: valid
      ? { event: parsed.data, newSources: sources.made, newActors: actors.made }
      : null,
    errors,
  }
}

/** A new source's or actor's own fields (a name too long), shown at each row that names it. */
function checkNewItems(
  errors: FieldErrors,
  made: ReadonlyArray<Source | Actor>,
  form: EventForm,
  kind: 'source' | 'actor',
): void {
  for (const item of made) {
    const parsed = (kind === 'source' ? SourceSchema : ActorSchema).safeParse(item)
    if (parsed.success) continue
    const { issues } = parsed.error
    const message = (issues.find((issue) => issue.path[0] === 'name') ?? issues[0])?.message ?? ''
    const sameName = (name: string) => name.trim().toLowerCase() === item.name.toLowerCase()
    if (kind === 'source') {
      form.claims.forEach((claim, i) => {
        if (claim.sourceId === NEW_CHOICE && sameName(claim.newSourceName))
          errors[claimField(i, 'newSourceName')] ??= message
      })
    } else {
      form.actors.forEach((row, i) => {
        if (row.actorId === NEW_CHOICE && sameName(row.newName))
          errors[actorField(i, 'newName')] ??= message
      })
    }
  }
}
