// The bundled store must load with no problem at all, and the four events named in the
// project's fact sheet must carry exactly the dates and precision it gives.
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadDataFolder, type LoadedData } from '../src/main/core/event-store/load-data-folder'

let data: LoadedData

beforeAll(async () => {
  data = await loadDataFolder(join(__dirname))
})

function event(id: string) {
  const found = data.events.find((e) => e.id === id)
  if (!found) throw new Error(`The bundled data has no event "${id}".`)
  return found
}

describe('the bundled data', () => {
  it('loads with no problem: unique ids, known actors and sources, valid dates and claims', () => {
    expect(data.problems).toEqual([])
  })

  it('holds at least 20 events over all five tracks', () => {
    expect(data.events.length).toBeGreaterThanOrEqual(20)
    expect(data.tracks.map((t) => t.id)).toEqual([
      'united-states',
      'russia',
      'ukraine',
      'europe-uk',
      'mediators',
    ])
    expect(new Set(data.events.map((e) => e.track))).toEqual(new Set(data.tracks.map((t) => t.id)))
  })

  it('gives every event notes of two to five sentences and at least one claim', () => {
    for (const e of data.events) {
      const sentences = e.notes.split(/(?<=[.!?])\s+(?=[A-Z“"‘'])/).length
      expect(sentences, e.id).toBeGreaterThanOrEqual(2)
      expect(sentences, e.id).toBeLessThanOrEqual(5)
      expect(e.claims.length, e.id).toBeGreaterThanOrEqual(1)
    }
  })

  it('invents no link and no title: no URL or source title is recorded', () => {
    for (const source of data.sources) {
      expect(source.url, source.id).toBeUndefined()
      expect(source.title, source.id).toBeUndefined()
    }
    for (const e of data.events) for (const c of e.claims) expect(c.url, e.id).toBeUndefined()
  })

  it.each([
    ['alaska-summit', '2025-08-15', undefined, 'day', 'America/Anchorage'],
    ['miami-meetings', '2025-10-24', '2025-10-26', 'approximate', 'America/New_York'],
    ['driscoll-kyiv-visit', '2025-11-19', '2025-11-20', 'day', 'Europe/Kyiv'],
    ['trump-endorses-28-point-plan', '2025-11-21', undefined, 'day', undefined],
  ])('dates %s as the fact sheet does', (id, start, end, precision, timeZone) => {
    const e = event(id)
    expect({ start: e.start, end: e.end, precision: e.precision, timeZone: e.timeZone }).toEqual({
      start,
      end,
      precision,
      timeZone,
    })
  })

  it('credits the endorsement to NBC News citing an official', () => {
    const claims = event('trump-endorses-28-point-plan').claims
    expect(claims.some((c) => c.sourceId === 'nbc-news' && /official/i.test(c.claimant))).toBe(true)
  })
})

function claim(eventId: string, claimId: string) {
  const found = event(eventId).claims.find((c) => c.id === claimId)
  if (!found) throw new Error(`The bundled event "${eventId}" has no claim "${claimId}".`)
  return found
}

function links() {
  if (!data.links) throw new Error('The bundled data has no links.json.')
  return data.links
}

/** The report's own sentences, attributed to no one: an official's claim must not carry them. */
const REPORT_NARRATION = [
  /has endorsed a 28-point plan/i,
  /shaped .*(conversations|Ukrainian contacts)/i,
  /Ukrainian contacts/i,
  /\bpartly\b/i,
]

describe('the bundled data, strictly true to its sources', () => {
  it('loads every link in links.json: both ends exist, and claims link to claims, events to events', () => {
    expect(links().length).toBeGreaterThan(0)
    for (const link of links()) {
      const ends = [link.from, link.to]
      for (const end of ends) {
        const e = event(end.eventId)
        if (end.claimId !== undefined) {
          expect(
            e.claims.map((c) => c.id),
            link.id,
          ).toContain(end.claimId)
        }
      }
      expect(link.from.claimId === undefined, link.id).toBe(link.to.claimId === undefined)
      expect(link.id).toMatch(/^[a-z0-9][a-z0-9-]*$/)
    }
    expect(new Set(links().map((l) => l.id)).size).toBe(links().length)
  })

  // The report's conflicting accounts, across events and within them, each as "contradicts".
  it.each([
    ['peskov-statements', 'c1', 'military-delegation-to-brief-white-house', 'c1'],
    ['kyiv-independent-concessions-report', 'c1', 'trump-endorses-28-point-plan', 'c3'],
    ['miami-meetings', 'c3', 'zelensky-after-turkiye-trip', 'c1'],
    ['peskov-statements', 'c3', 'white-house-framework-by-end-of-november', 'c1'],
    ['trump-endorses-28-point-plan', 'c6', 'white-house-framework-by-end-of-november', 'c1'],
    ['plan-terms-reported', 'c1', 'ceasefire-vs-cession-positions', 'c1'],
    ['trump-endorses-28-point-plan', 'c2', 'trump-endorses-28-point-plan', 'c1'],
    ['ceasefire-vs-cession-positions', 'c2', 'ceasefire-vs-cession-positions', 'c1'],
  ])('links %s %s as contradicting %s %s', (fromEvent, fromClaim, toEvent, toClaim) => {
    const between = (a: { eventId: string; claimId?: string }, e: string, c: string) =>
      a.eventId === e && a.claimId === c
    const found = links().filter(
      (l) =>
        l.kind === 'contradicts' &&
        ((between(l.from, fromEvent, fromClaim) && between(l.to, toEvent, toClaim)) ||
          (between(l.from, toEvent, toClaim) && between(l.to, fromEvent, fromClaim))),
    )
    expect(found).toHaveLength(1)
    // The texts the issue names are the ones linked.
    claim(fromEvent, fromClaim)
    claim(toEvent, toClaim)
  })

  it('links the texts the report sets against each other', () => {
    expect(claim('military-delegation-to-brief-white-house', 'c1').text).toMatch(/travel to Moscow/)
    expect(claim('peskov-statements', 'c1').text).toMatch(/no arrangements to meet Driscoll/)
    expect(claim('trump-endorses-28-point-plan', 'c3').text).toMatch(/Kyiv considers essential/)
    expect(claim('kyiv-independent-concessions-report', 'c1').text).toMatch(
      /territory.*weapons.*military/,
    )
    expect(claim('zelensky-after-turkiye-trip', 'c1').text).toMatch(/every strong and fair/)
    expect(claim('miami-meetings', 'c3').text).toMatch(/rejected/)
    expect(claim('white-house-framework-by-end-of-november', 'c1').text).toMatch(/end of the month/)
    expect(claim('peskov-statements', 'c3').text).toMatch(/no movement/)
    expect(claim('trump-endorses-28-point-plan', 'c6').text).toMatch(/soften its demands/)
    expect(claim('plan-terms-reported', 'c1').text).toMatch(/whole of Donbas/)
    expect(claim('ceasefire-vs-cession-positions', 'c1').text).toMatch(/ceasefire/)
    expect(claim('ceasefire-vs-cession-positions', 'c2').text).toMatch(/cession/)
    expect(claim('trump-endorses-28-point-plan', 'c1').text).toMatch(/has endorsed/)
    expect(claim('trump-endorses-28-point-plan', 'c2').text).toMatch(/downplayed/)
  })

  // `disputed` means someone named contests this claim; an opposing position is only
  // `reported`, modelled as its own claim and linked "contradicts". Checkable rule: every
  // disputed claim is one end of a claim-to-claim "contradicts" link whose other end is a
  // claim by another claimant (in the same event or another).
  it('marks a claim disputed only when a claim by another claimant is linked as contradicting it', () => {
    for (const e of data.events) {
      for (const c of e.claims) {
        if (c.status !== 'disputed') continue
        const contesting = links().filter((l) => {
          if (l.kind !== 'contradicts' || l.from.claimId === undefined) return false
          const other =
            l.from.eventId === e.id && l.from.claimId === c.id
              ? l.to
              : l.to.eventId === e.id && l.to.claimId === c.id
                ? l.from
                : null
          return other !== null && claim(other.eventId, other.claimId!).claimant !== c.claimant
        })
        expect(contesting.length, `${e.id} ${c.id}`).toBeGreaterThan(0)
      }
    }
    // The two opposing positions once marked disputed are reported.
    expect(claim('trump-endorses-28-point-plan', 'c2').status).toBe('reported')
    expect(claim('ceasefire-vs-cession-positions', 'c2').status).toBe('reported')
  })

  it("credits the report's own narration to the report, never to an official", () => {
    for (const e of data.events) {
      for (const c of e.claims) {
        if (c.sourceId === 'report-2025-11-21' && /^the report/i.test(c.claimant)) continue
        for (const narration of REPORT_NARRATION) {
          expect(c.text, `${e.id} ${c.id} (${c.claimant})`).not.toMatch(narration)
        }
      }
    }
    // The claims that merged the two are split: the official keeps only the official's words.
    expect(event('ukraine-not-involved-in-drafting').claims[0]).toMatchObject({
      claimant: 'a US official',
      text: 'The initiative includes elements that Washington believes Kyiv considers essential.',
    })
    expect(event('plan-shaped-by-us-team').claims[0]!.claimant).toBe('a US official')
    expect(claim('trump-endorses-28-point-plan', 'c1')).toMatchObject({
      sourceId: 'report-2025-11-21',
      claimant: 'the report (unattributed)',
    })
    for (const id of ['ukraine-not-involved-in-drafting', 'plan-shaped-by-us-team']) {
      const narrated = event(id).claims.filter(
        (c) => c.sourceId === 'report-2025-11-21' && /Ukrainian contacts/.test(c.text),
      )
      expect(
        narrated.map((c) => c.claimant),
        id,
      ).toEqual(['the report (unattributed)'])
    }
  })

  it('credits speakers as the report does: Trump himself, and an unaffiliated defense official', () => {
    const trump = event('trump-eight-conflicts').claims[0]!
    expect(trump.claimant).toMatch(/Donald Trump/)
    expect(trump.sourceId).not.toBe('white-house')
    const defense = claim('driscoll-kyiv-visit', 'c4')
    expect(defense.claimant).toBe('a US defense official')
    expect(defense.sourceId).not.toBe('pentagon')
  })

  it('keeps the report\'s hedges: the Miami version was "allegedly" drawn up', () => {
    const miami = event('miami-meetings')
    expect(miami.title).toMatch(/allegedly/)
    expect(miami.notes).toMatch(/allegedly drawn up during meetings in Miami/)
  })

  it('titles no event like a quote ("Name: …") unless one of its claims is a quote', () => {
    const names = new Set<string>()
    for (const a of data.actors) names.add(a.name).add(a.name.split(' ').at(-1)!)
    for (const s of data.sources) names.add(s.name)
    for (const e of data.events) {
      const speaker = /^([^:]{1,60}):\s/.exec(e.title)?.[1]
      if (speaker === undefined || !names.has(speaker)) continue
      expect(
        e.claims.some((c) => c.isQuote),
        `${e.id}: "${e.title}"`,
      ).toBe(true)
    }
  })

  // A place's name runs from the most precise to the widest ("Joint Base …, Anchorage,
  // Alaska"); a claim must name at least one of its parts.
  it('places an event only where a claim names the place', () => {
    for (const e of data.events) {
      if (!e.place) continue
      const parts = e.place.name.split(',').map((part) => part.trim())
      expect(
        e.claims.some((c) => parts.some((part) => c.text.includes(part))),
        `${e.id} is placed in ${e.place.name}`,
      ).toBe(true)
    }
    expect(event('energoatom-corruption-investigation').place).toBeUndefined()
  })

  it('holds the Driscoll–Zelensky meeting of 20 November 2025 from the background dates', () => {
    const meeting = data.events.find(
      (e) =>
        e.start === '2025-11-20' &&
        e.actors.some((a) => a.actorId === 'driscoll') &&
        e.actors.some((a) => a.actorId === 'zelensky'),
    )
    expect(meeting?.end).toBeUndefined()
    expect(meeting).toMatchObject({
      precision: 'day',
      timeZone: 'Europe/Kyiv',
      place: { name: 'Kyiv' },
    })
    expect(meeting!.claims.map((c) => c.sourceId)).toEqual(['background-dates'])
  })
})

/** The day of the report every claim of the sample was read in. */
const REPORT_DAY = '2025-11-21'

/** The report's own statements: its narration, and its summary of where the sides stand. */
const REPORT_OWN_WORDS = /^the report\b|, as summarised in the report$/

// A claim's `reported` is the day its outlet or speaker reported it, kept only where a source
// gives that day; `readOn` is the day we read it, the report's date. The report gives no day
// for any outlet's or speaker's account it relays (Axios and the FT "earlier described", Reuters
// had an "earlier story", Peskov "told reporters"), and the fact sheet gives Axios's first
// report only as 18–19 Nov: none of them may be stamped with the report's day.
describe('the bundled data, the day read kept apart from the day reported', () => {
  it('reads every claim on the day of the report, and none reported after it was read', () => {
    for (const e of data.events) {
      for (const c of e.claims) {
        expect(c.readOn, `${e.id} ${c.claimant}`).toBe(REPORT_DAY)
        if (c.reported !== undefined) {
          expect(c.reported <= c.readOn, `${e.id} ${c.claimant}`).toBe(true)
        }
      }
    }
  })

  it("gives a reported day only to the report's own words, on the day the report gives", () => {
    const published = new Map(data.sources.map((s) => [s.id, s.published]))
    let dated = 0
    for (const e of data.events) {
      for (const c of e.claims) {
        if (c.reported === undefined) continue
        dated += 1
        const where = `${e.id} ${c.claimant}`
        expect(c.readInId, where).toBeUndefined()
        expect(c.claimant, where).toMatch(REPORT_OWN_WORDS)
        expect(c.reported, where).toBe(published.get(c.sourceId))
      }
    }
    // The report's narration is there and dated: the rule does not pass by dating nothing.
    expect(dated).toBeGreaterThan(0)
    expect(claim('trump-endorses-28-point-plan', 'c1').reported).toBe(REPORT_DAY)
  })

  it('never stamps earlier reporting, or a statement the report relays, with the report’s day', () => {
    const relayed = data.events.flatMap((e) =>
      e.claims
        .filter(
          (c) =>
            ['axios', 'financial-times', 'reuters', 'kremlin'].includes(c.sourceId) ||
            /\breport(s|ing|ed)\b/i.test(c.claimant),
        )
        .map((c) => ({ where: `${e.id} ${c.claimant}`, reported: c.reported })),
    )
    expect(relayed.length).toBeGreaterThan(10)
    for (const { where, reported } of relayed) expect(reported, where).toBeUndefined()
    // Axios first reported the plan on 18–19 Nov (fact sheet): a range, said in words only.
    for (const c of event('axios-first-reports-plan').claims) expect(c.reported).toBeUndefined()
    expect(
      event('axios-first-reports-plan')
        .claims.map((c) => c.text)
        .join(' '),
    ).toMatch(/18–19 November 2025/)
  })
})
