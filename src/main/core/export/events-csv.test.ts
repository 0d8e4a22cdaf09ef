import { parse } from 'csv-parse/sync'
import { describe, expect, it } from 'vitest'
import {
  APP_CSV_COLUMNS,
  EXCHANGE_FORMAT,
  EXCHANGE_VERSION,
  type TimelineExport,
} from '../../../shared/exchange-format'
import {
  fixtureActors,
  fixtureEvent,
  fixtureSources,
  fixtureTracks,
} from '../test-support/data-fixtures'
import { withClaimIds } from '../event-store/claim-ids'
import { restoreCsvCell } from './csv-injection'
import { appCsvRows, eventsCsv } from './events-csv'

function documentOf(events: TimelineExport['events']): TimelineExport {
  return {
    format: EXCHANGE_FORMAT,
    version: EXCHANGE_VERSION,
    timeline: { title: 'Talks', description: '' },
    tracks: fixtureTracks,
    actors: fixtureActors,
    sources: fixtureSources,
    events,
    links: [],
  }
}

const hostile = fixtureEvent({
  id: 'hostile',
  title: '=HYPERLINK("http://evil.example","Click")',
  end: '2025-08-16',
  tags: ['summit', '@risk'],
  notes: 'Line one,\nline "two"; Київ, Erdoğan',
  claims: [
    {
      id: 'c1',
      claimant: '+a US official',
      sourceId: 'nbc-news',
      reported: '2025-11-21',
      readOn: '2025-11-21',
      text: '-2+3+cmd|" /C calc"!A0',
      isQuote: true,
      status: 'reported',
      url: 'https://example.org/a',
    },
    {
      id: 'c2',
      claimant: 'Kremlin',
      sourceId: 'report',
      reported: '2025-11-21',
      readOn: '2025-11-21',
      text: 'Nothing has changed.',
      isQuote: false,
      status: 'disputed',
    },
  ],
})

/** The file as a spreadsheet or csv-parse reads it: the header, then records by column. */
function readBack(text: string): Array<Record<string, string>> {
  return parse<Record<string, string>>(text, { bom: true, columns: true })
}

describe('the app’s CSV', () => {
  it('has the shared header and one row per claim, with its event’s columns repeated', () => {
    const text = eventsCsv(appCsvRows(documentOf([withClaimIds(fixtureEvent()), hostile])))
    expect(text.startsWith('\uFEFF')).toBe(true)
    expect(text.slice(1).split('\r\n')[0]).toBe(APP_CSV_COLUMNS.join(','))
    const rows = readBack(text)
    expect(rows.map((r) => [r['event_id'], r['claim_id']])).toEqual([
      ['alaska-summit', 'c1'],
      ['hostile', 'c1'],
      ['hostile', 'c2'],
    ])
    const [, first, second] = rows
    expect(first).toMatchObject({
      start: '2025-08-15',
      end: '2025-08-16',
      precision: 'day',
      time_zone: 'America/Anchorage',
      place: 'Anchorage',
      place_country: 'United States',
      track: 'united-states',
      track_label: 'United States',
      track_colour: '#2f5d9c',
      actors: 'Donald Trump (party); Vladimir Putin (party)',
      summary: 'Line one,\nline "two"; Київ, Erdoğan',
      source_id: 'nbc-news',
      source: 'NBC News',
      source_kind: 'news-outlet',
      reported: '2025-11-21',
      exact_quote: 'true',
      claim_status: 'reported',
      claim_url: 'https://example.org/a',
      // Not in this branch's model yet: written empty.
      external_id: '',
      latitude: '',
      longitude: '',
      read_on: '2025-11-21',
    })
    expect(second).toMatchObject({
      title: first!['title'],
      summary: first!['summary'],
      claimant: 'Kremlin',
      source: 'News report of 21 November 2025',
      source_kind: 'document',
      exact_quote: 'false',
      claim_url: '',
    })
  })

  it('neutralises every cell a spreadsheet would run, and they read back exactly', () => {
    const rows = readBack(eventsCsv(appCsvRows(documentOf([hostile]))))
    expect(rows[0]!['title']).toBe(`'=HYPERLINK("http://evil.example","Click")`)
    expect(rows[0]!['tags']).toBe('summit; @risk')
    expect(rows[0]!['claimant']).toBe("'+a US official")
    expect(rows[0]!['claim_text']).toBe(`'-2+3+cmd|" /C calc"!A0`)
    for (const row of rows)
      for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@\t\r]/)
    expect(restoreCsvCell(rows[0]!['title']!)).toBe(hostile.title)
    expect(restoreCsvCell(rows[0]!['claim_text']!)).toBe(hostile.claims[0]!.text)
  })

  it('an export without claims is the header alone', () => {
    expect(readBack(eventsCsv(appCsvRows(documentOf([]))))).toEqual([])
  })
})
