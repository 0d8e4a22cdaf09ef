import type { FieldChange } from '../../../shared/edits'
import type { Claim, TimelineEvent } from '../../../shared/model'

/** How History names a track, an actor or a source: by its name now, or its id if it is gone. */
export interface NameLookup {
  track(id: string): string
  actor(id: string): string
  source(id: string): string
}

type Fields = Array<[string, string]>

function eventFields(e: TimelineEvent, names: NameLookup): Fields {
  const place = e.place ? [e.place.name, e.place.country].filter(Boolean).join(', ') : ''
  return [
    ['Title', e.title],
    ['Start', e.start],
    ['End', e.end ?? ''],
    ['Precision', e.precision],
    ['Time zone', e.timeZone ?? ''],
    ['Place', place],
    ['Track', names.track(e.track)],
    ['Status', e.status],
    ['Tags', e.tags.join(', ')],
    ['Actors', e.actors.map((a) => `${names.actor(a.actorId)} (${a.role})`).join(', ')],
    ['Summary', e.notes],
  ]
}

function claimFields(c: Claim, names: NameLookup): Fields {
  return [
    ['claimant', c.claimant],
    ['source', names.source(c.sourceId)],
    ['read in', c.readInId === undefined ? '' : names.source(c.readInId)],
    // Empty when no source gives the day, shown as a dash like any emptied field.
    ['reported', c.reported ?? ''],
    ['read on', c.readOn],
    ['text', c.text],
    ['exact quote', c.isQuote ? 'yes' : 'no'],
    ['status', c.status],
    ['URL', c.url ?? ''],
  ]
}

function claimSummary(c: Claim, names: NameLookup): string {
  return `${c.claimant} (${names.source(c.sourceId)}, ${c.status}): ${c.text}`
}

/**
 * Which claim of `before` each claim of `after` was: the one with its id (claims keep their ids
 * when saved), or, for claims saved before they had ids, the one in its place. Claims of
 * `before` that none was are the ones removed.
 */
function pairClaims(
  before: readonly Claim[],
  after: readonly Claim[],
): { pairs: Array<Claim | undefined>; removed: number[] } {
  const byId = new Map(before.flatMap((claim) => (claim.id ? [[claim.id, claim] as const] : [])))
  const inPlace = (i: number) => (before[i]?.id === undefined ? before[i] : undefined)
  const pairs = after.map((claim, i) => (claim.id ? byId.get(claim.id) : inPlace(i)))
  const kept = new Set(pairs)
  const removed = before.flatMap((claim, i) => (kept.has(claim) ? [] : [i]))
  return { pairs, removed }
}

/**
 * The fields an edit changed, in the order the Event dialog shows them, each with its value
 * before and after: "Claim 2 status: reported → denied". A claim is numbered where it stands
 * after the edit, or, when removed, where it stood before; a claim removed is one change
 * ("Claim 1: … → —"), not the claims after it rewritten one place up.
 */
export function describeEventChanges(
  before: TimelineEvent,
  after: TimelineEvent,
  names: NameLookup,
): FieldChange[] {
  const changes: FieldChange[] = []
  const compare = (a: Fields, b: Fields, prefix: string) => {
    a.forEach(([field, value], i) => {
      const next = b[i]![1]
      if (value !== next) changes.push({ field: `${prefix}${field}`, before: value, after: next })
    })
  }
  compare(eventFields(before, names), eventFields(after, names), '')
  const { pairs, removed } = pairClaims(before.claims, after.claims)
  for (const i of removed) {
    changes.push({
      field: `Claim ${i + 1}`,
      before: claimSummary(before.claims[i]!, names),
      after: '',
    })
  }
  after.claims.forEach((now, i) => {
    const old = pairs[i]
    if (old) compare(claimFields(old, names), claimFields(now, names), `Claim ${i + 1} `)
    else changes.push({ field: `Claim ${i + 1}`, before: '', after: claimSummary(now, names) })
  })
  return changes
}
