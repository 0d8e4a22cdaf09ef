import { describe, expect, it } from 'vitest'
import type { EventDetail } from '../../../shared/store'
import { checkEventForm, type IdMaker } from './event-draft'
import {
  emptyActorRow,
  emptyEventForm,
  eventFormFrom,
  NEW_CHOICE,
  today,
  type EventForm,
} from './event-form'

const ids: IdMaker = (name, kind) =>
  `${kind}-${name.toLowerCase().replace(/\W+/g, '-')}`.slice(0, 60)

/** A form a user has filled in completely and correctly. */
function filledForm(): EventForm {
  const form = emptyEventForm('united-states')
  form.title = 'Witkoff meets Umerov in Miami'
  form.start = '2025-11-30'
  form.summary = 'Talks on the 28-point plan continue.'
  form.claims[0] = {
    ...form.claims[0]!,
    claimant: 'A US official',
    sourceId: 'nbc-news',
    reported: '2025-11-30',
    readOn: '2025-12-01',
    text: 'The talks were productive.',
  }
  return form
}

function errorsOf(change: (form: EventForm) => void) {
  const form = filledForm()
  change(form)
  return checkEventForm(form, ids)
}

describe('checkEventForm', () => {
  it('builds the draft, leaving out the optional fields left empty', () => {
    const { request, errors } = checkEventForm(filledForm(), ids)
    expect(errors).toEqual({})
    expect(request?.event).toEqual({
      title: 'Witkoff meets Umerov in Miami',
      start: '2025-11-30',
      precision: 'day',
      actors: [],
      track: 'united-states',
      tags: [],
      status: 'reported',
      notes: 'Talks on the 28-point plan continue.',
      claims: [
        {
          claimant: 'A US official',
          sourceId: 'nbc-news',
          reported: '2025-11-30',
          readOn: '2025-12-01',
          text: 'The talks were productive.',
          isQuote: false,
          status: 'reported',
        },
      ],
    })
    expect(request?.newSources).toEqual([])
    expect(request?.newActors).toEqual([])
  })

  it('leaves the reported day out when no source gives it', () => {
    const { request, errors } = errorsOf((form) => (form.claims[0]!.reported = ''))
    expect(errors).toEqual({})
    expect(request?.event.claims[0]).not.toHaveProperty('reported')
    expect(request?.event.claims[0]?.readOn).toBe('2025-12-01')
  })

  it('reads a new claim on the reader’s own day', () => {
    expect(emptyEventForm('united-states').claims[0]?.readOn).toBe(today())
    expect(today(new Date(2025, 10, 21, 23, 30))).toBe('2025-11-21')
  })

  it('splits tags at commas, trimmed, each once', () => {
    const { request } = errorsOf((form) => (form.tags = ' miami, talks ,, miami'))
    expect(request?.event.tags).toEqual(['miami', 'talks'])
  })

  it.each<[string, (form: EventForm) => void, string, string]>([
    [
      'a 301-character title',
      (f) => (f.title = 'x'.repeat(301)),
      'title',
      'a title can be at most 300 characters',
    ],
    ['an end before the start', (f) => (f.end = '2025-11-01'), 'end', 'end is before start'],
    [
      'an exact time without an offset',
      (f) => {
        f.precision = 'exact'
        f.start = '2025-11-30T14:00'
      },
      'start',
      'a time needs its UTC offset, e.g. 2025-11-20T14:00:00+02:00',
    ],
    [
      'a time zone that does not exist',
      (f) => (f.timeZone = 'Europe/Atlantis'),
      'timeZone',
      'must be an IANA time zone such as "Europe/Kyiv"',
    ],
    [
      'a URL that is not http(s)',
      (f) => (f.claims[0]!.url = 'javascript:alert(1)'),
      'claims.0.url',
      'must be an http(s) address, e.g. https://example.org/article',
    ],
    [
      'a claim without a source',
      (f) => (f.claims[0]!.sourceId = ''),
      'claims.0.sourceId',
      'a claim needs a source',
    ],
    ['no summary', (f) => (f.summary = '  '), 'summary', 'an event needs a summary'],
    ['no claim', (f) => (f.claims = []), 'claims', 'an event needs at least one claim'],
    [
      'a claim without the day it was read',
      (f) => (f.claims[0]!.readOn = ''),
      'claims.0.readOn',
      'a claim needs the day it was read',
    ],
    [
      'a claim reported after it was read',
      (f) => (f.claims[0]!.reported = '2025-12-02'),
      'claims.0.reported',
      'reported after it was read',
    ],
    [
      'a new source without a name',
      (f) => (f.claims[0]!.sourceId = NEW_CHOICE),
      'claims.0.newSourceName',
      'a new source needs a name',
    ],
    [
      'an actor row with no actor chosen',
      (f) => f.actors.push(emptyActorRow()),
      'actors.0.actorId',
      'choose an actor, or remove this row',
    ],
  ])('refuses %s, with its message at its field', (_, change, field, message) => {
    const { request, errors } = errorsOf(change)
    expect(request).toBeNull()
    expect(errors[field]).toBe(message)
  })

  it('says every problem at once, each at its own field', () => {
    const { errors } = errorsOf((form) => {
      form.title = ''
      form.end = '2025-01-01'
      form.claims[0]!.url = 'ftp://example.org'
    })
    expect(Object.keys(errors).sort()).toEqual(['claims.0.url', 'end', 'title'])
  })

  it('makes one new source for the claims that name it, and a new actor', () => {
    const form = filledForm()
    form.claims[0] = { ...form.claims[0]!, sourceId: NEW_CHOICE, newSourceName: 'Axios ' }
    form.claims.push({
      ...form.claims[0],
      key: 'second',
      newSourceName: 'axios',
      newSourceKind: 'document',
    })
    form.actors.push({ ...emptyActorRow(), actorId: NEW_CHOICE, newName: 'Rustem Umerov' })
    const { request } = checkEventForm(form, ids)
    expect(request?.newSources).toEqual([{ id: 'source-axios', name: 'Axios', kind: 'document' }])
    expect(request?.event.claims.map((c) => c.sourceId)).toEqual(['source-axios', 'source-axios'])
    expect(request?.newActors).toEqual([
      { id: 'actor-rustem-umerov', name: 'Rustem Umerov', kind: 'person' },
    ])
    expect(request?.event.actors).toEqual([{ actorId: 'actor-rustem-umerov', role: 'party' }])
  })

  it('refuses a new source whose name is too long, at its name', () => {
    const { errors } = errorsOf((form) => {
      form.claims[0]!.sourceId = NEW_CHOICE
      form.claims[0]!.newSourceName = 'n'.repeat(201)
    })
    expect(errors['claims.0.newSourceName']).toMatch(/200/)
  })
})

describe('eventFormFrom', () => {
  const detail: EventDetail = {
    id: 'alaska-summit',
    title: 'Summit in Alaska',
    start: '2025-08-15',
    precision: 'day',
    timeZone: 'America/Anchorage',
    track: 'united-states',
    status: 'confirmed',
    tags: ['summit', 'alaska'],
    place: { name: 'Anchorage', country: 'United States' },
    notes: 'They met.',
    actors: [{ actor: { id: 'trump', name: 'Donald Trump', kind: 'person' }, role: 'party' }],
    claims: [
      {
        id: 'c2',
        claimant: 'Kremlin spokesman',
        sourceId: 'kremlin',
        readInId: 'report',
        reported: '2025-11-21',
        readOn: '2025-11-21',
        text: 'They met in August.',
        isQuote: false,
        status: 'reported',
        source: { id: 'kremlin', name: 'Kremlin', kind: 'government' },
      },
    ],
  }

  it('gives back the event as it was when nothing is changed, its claims’ ids kept for their links', () => {
    const { request } = checkEventForm(eventFormFrom(detail), ids)
    expect(request?.event).toEqual({
      title: 'Summit in Alaska',
      start: '2025-08-15',
      precision: 'day',
      timeZone: 'America/Anchorage',
      track: 'united-states',
      status: 'confirmed',
      tags: ['summit', 'alaska'],
      place: { name: 'Anchorage', country: 'United States' },
      notes: 'They met.',
      actors: [{ actorId: 'trump', role: 'party' }],
      claims: [
        {
          id: 'c2',
          claimant: 'Kremlin spokesman',
          sourceId: 'kremlin',
          readInId: 'report',
          reported: '2025-11-21',
          readOn: '2025-11-21',
          text: 'They met in August.',
          isQuote: false,
          status: 'reported',
        },
      ],
    })
  })

  it('drops the country of a place once it is renamed', () => {
    const form = eventFormFrom(detail)
    form.place = 'Helsinki'
    expect(checkEventForm(form, ids).request?.event.place).toEqual({ name: 'Helsinki' })
  })
})
