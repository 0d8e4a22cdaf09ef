import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Annotation } from '../../../shared/annotations'
import { EventStore } from '../event-store/event-store'
import { fixtureEvent, validFiles, writeDataFolder } from '../test-support/data-fixtures'
import { buildReportHtml, type ReportInput, type ReportOptions } from './build-report-html'
import { documentsBySource } from './report-documents'

const options: ReportOptions = {
  title: 'Briefing',
  includeNotes: true,
  includeSources: true,
  pageSize: 'A4',
  landscape: false,
  locale: 'en-GB',
  timeZone: 'Europe/London',
}

let bundled: EventStore

beforeAll(async () => {
  bundled = await EventStore.load(join(__dirname, '..', '..', '..', '..', 'data'))
})

function input(overrides: Partial<ReportInput>): ReportInput {
  return {
    events: [],
    tracks: bundled.tracks(),
    annotations: new Map(),
    options,
    scopeLabel: 'Every event in the store',
    filters: [],
    generatedAt: new Date('2026-11-23T12:00:00Z'),
    fontCss: '',
    ...overrides,
  }
}

function note(eventId: string, text: string): Annotation {
  return {
    id: '5d9f3c1e-7b2a-4e8f-9c0d-1a2b3c4d5e6f',
    eventId,
    eventTitle: 'x',
    text,
    createdAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-20T10:00:00.000Z',
  }
}

/** The document's text as a reader sees it, entities decoded. */
function visibleText(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
}

describe('buildReportHtml', () => {
  it('holds every event, every claim, every cited source and the user’s notes', () => {
    const events = bundled.listEvents().map((e) => bundled.getEvent(e.id))
    const annotations = new Map([['alaska-summit', [note('alaska-summit', 'Примітка: Erdoğan')]]])
    const html = buildReportHtml(input({ events, annotations }))
    const text = visibleText(html)
    for (const event of events) {
      expect(text).toContain(event.title)
      for (const claim of event.claims) {
        expect(text).toContain(claim.text)
        expect(text).toContain(claim.source.name)
      }
    }
    expect(text).toContain('My notes Примітка: Erdoğan')
    expect(text).toMatch(/Sources .*NBC News/)
    expect(html).toContain('<title>Briefing</title>')
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/)
    expect(html).not.toMatch(/<script/i)
  })

  it('shows each status as its mark and its word, the mark hidden from screen readers', () => {
    const base = bundled.getEvent(bundled.listEvents()[0]!.id)
    const events = (['confirmed', 'reported', 'disputed', 'denied'] as const).map((status, i) => ({
      ...base,
      id: `event-${i}`,
      status,
      claims: [],
    }))
    const html = buildReportHtml(input({ events }))
    for (const [mark, word] of [
      ['●', 'Confirmed'],
      ['○', 'Reported'],
      ['◆', 'Disputed'],
      ['✕', 'Denied'],
    ]) {
      expect(html).toContain(
        `<span class="status-mark" aria-hidden="true">${mark}</span> ${word}</span>`,
      )
    }
    expect(html).not.toContain('<pattern')
  })

  it('leaves out the user’s notes and the sources list when asked to', () => {
    const events = [bundled.getEvent('alaska-summit')]
    const annotations = new Map([['alaska-summit', [note('alaska-summit', 'Private thought')]]])
    const html = buildReportHtml(
      input({
        events,
        annotations,
        options: { ...options, includeNotes: false, includeSources: false },
      }),
    )
    expect(html).not.toContain('Private thought')
    expect(html).not.toContain('<h2>Sources</h2>')
  })

  it('prints when each claim was reported, "by" the day read when no source gives the day', () => {
    const event = bundled.getEvent('trump-endorses-28-point-plan')
    const text = visibleText(buildReportHtml(input({ events: [event] })))
    // The report's own narration is dated by the report; NBC's sources are not.
    expect(text).toContain(
      'the report (unattributed), Compiled news report, 21 Nov 2025 (NBC News, Axios, FT, Kyiv Independent, Reuters); reported 21 Nov 2025 · read 21 Nov 2025.',
    )
    expect(text).toContain(
      'a US official, NBC News, read in Compiled news report, 21 Nov 2025 (NBC News, Axios, FT, Kyiv Independent, Reuters); reported by 21 Nov 2025 · read 21 Nov 2025.',
    )
  })

  it('escapes user text: titles, claims and notes stay text', async () => {
    const hostile = '<img src=x onerror="alert(1)">'
    const dir = await writeDataFolder(
      validFiles([
        fixtureEvent({
          title: `${hostile} and </style><script>alert(2)</script>`,
          claims: [{ ...fixtureEvent().claims[0]!, text: '<svg onload=alert(3)>' }],
        }),
      ]),
    )
    const store = await EventStore.load(dir)
    const events = [store.getEvent('alaska-summit')]
    const annotations = new Map([['alaska-summit', [note('alaska-summit', '<b onclick=x>hi</b>')]]])
    const html = buildReportHtml(input({ events, annotations }))
    expect(html).not.toMatch(/<img|<script|<svg onload|<b onclick/i)
    expect(visibleText(html)).toContain(hostile)
    expect(visibleText(html)).toContain('<b onclick=x>hi</b>')
  })

  it('renders notes written in Markdown as the app does, safely', async () => {
    const store = await EventStore.load(await writeDataFolder(validFiles()))
    const events = [store.getEvent('alaska-summit')]
    const text = [
      '**Check** the _transcript_ at [the source](https://example.org/a) or [here](javascript:x)',
      '',
      '- first point',
      '- second point',
      '',
      '![tracker](https://example.org/pixel.png)',
    ].join('\n')
    const annotations = new Map([['alaska-summit', [note('alaska-summit', text)]]])
    const html = buildReportHtml(input({ events, annotations }))
    expect(html).toContain('<strong>Check</strong>')
    expect(html).toContain('<em>transcript</em>')
    expect(html).toContain('<a href="https://example.org/a">the source</a>')
    expect(html).toMatch(/<li>first point<\/li>\s*<li>second point<\/li>/)
    expect(visibleText(html)).not.toContain('**Check**')
    expect(html).not.toMatch(/javascript:|<img|pixel\.png/)
  })

  it('gives an empty selection a clear one-page report, not an error', () => {
    const html = buildReportHtml(
      input({ events: [], scopeLabel: 'The current filters', filters: ['search “zzz”'] }),
    )
    const text = visibleText(html)
    expect(text).toContain('No events')
    expect(text).toContain('No event matches this selection')
    expect(text).toContain('search “zzz”')
    expect(html).not.toContain('<h2>Chronology</h2>')
  })

  it('states the title block: title, range covered, filters and when it was generated', () => {
    const html = buildReportHtml(
      input({
        scopeLabel: 'The visible range, 2025-08-01 to 2025-11-30',
        filters: ['tracks: Russia'],
      }),
    )
    const text = visibleText(html)
    expect(text).toContain('Briefing')
    expect(text).toContain('Covers The visible range, 2025-08-01 to 2025-11-30')
    expect(text).toContain('Filters tracks: Russia')
    expect(text).toContain('Generated 2026-11-23 12:00 UTC')
  })
})

describe('links in the briefing', () => {
  it('lists each event’s links and prints contradicting claims side by side', () => {
    const kyiv = bundled.getEvent('driscoll-kyiv-visit')
    const delegation = bundled.getEvent('military-delegation-to-brief-white-house')
    const links = new Map([
      [
        kyiv.id,
        [
          {
            id: 'link-1',
            kind: 'contradicts' as const,
            direction: 'outgoing' as const,
            claimId: kyiv.claims[4]!.id!,
            other: {
              eventId: delegation.id,
              title: delegation.title,
              start: delegation.start,
              precision: delegation.precision,
              status: delegation.status,
              claim: {
                id: delegation.claims[0]!.id!,
                claimant: delegation.claims[0]!.claimant,
                status: delegation.claims[0]!.status,
                text: delegation.claims[0]!.text,
              },
            },
          },
        ],
      ],
    ])
    const html = buildReportHtml(input({ events: [kyiv, delegation], links }))
    const text = html.replace(/<[^>]+>/g, '').replaceAll('&#x27;', "'")
    expect(text).toContain(
      `Kremlin spokesman Dmitry Peskov's claim contradicts ${delegation.claims[0]!.claimant}'s claim in “${delegation.title}”`,
    )
    expect(html).toMatch(
      /<table class="contradiction">.*Moscow has no arrangements to meet Driscoll/s,
    )
    expect(html).toContain(delegation.claims[0]!.text)
  })
})

describe('kept documents in the source list', () => {
  it('prints each document’s name and SHA-256 under the source it was read in', () => {
    const kyiv = bundled.getEvent('driscoll-kyiv-visit')
    const claim = kyiv.claims[0]!
    const readFrom = claim.readIn ?? claim.source
    const sha256 = 'ab'.repeat(32)
    const kept = {
      id: '0b6c7a52-3f1e-4d6a-9b2c-5e8f7a6d4c3b',
      target: { eventId: kyiv.id, claimId: claim.id! },
      name: 'statement.pdf',
      mediaType: 'application/pdf',
      size: 1200,
      sha256,
      attachedAt: '2026-11-30T09:00:00.000Z',
    }
    const documents = documentsBySource([kyiv], new Map([[kyiv.id, [kept]]]))
    expect([...documents.keys()]).toEqual([readFrom.id])
    const text = visibleText(buildReportHtml(input({ events: [kyiv], documents })))
    const entry = text.slice(text.indexOf(readFrom.name, text.indexOf('Sources')))
    expect(entry).toContain(`Document: statement.pdf SHA-256 ${sha256}`)
    // Left out when the sources list is.
    const without = { ...options, includeSources: false }
    expect(buildReportHtml(input({ events: [kyiv], documents, options: without }))).not.toContain(
      sha256,
    )
  })
})
