import { describe, expect, it } from 'vitest'
import type { Source } from '../../../shared/model'
import type { ResolvedClaim } from '../../../shared/store'
import { citedItems, type CitedClaim } from './cited-items'

const nbc: Source = { id: 'nbc-news', name: 'NBC News', kind: 'news-outlet' }
const kremlin: Source = { id: 'kremlin', name: 'Kremlin', kind: 'government' }
const report: Source = {
  id: 'report',
  name: 'Compiled news report, 21 Nov 2025',
  kind: 'document',
  published: '2025-11-21',
}
const titled: Source = {
  id: 'axios-scoop',
  name: 'Axios',
  kind: 'news-outlet',
  title: 'The 28-point plan',
  published: '2025-11-19',
  url: 'https://www.axios.example/plan',
}

function cited(eventId: string, id: string, claim: Partial<ResolvedClaim>): CitedClaim {
  return {
    eventId,
    eventTitle: `Event ${eventId}`,
    claim: {
      id,
      claimant: 'a US official',
      sourceId: claim.source?.id ?? nbc.id,
      source: nbc,
      reported: '2025-11-21',
      readOn: '2025-11-21',
      text: 'Something was said.',
      isQuote: false,
      status: 'reported',
      ...claim,
    },
  }
}

describe('citedItems', () => {
  it('cites a news outlet as a newspaper article, inventing nothing it does not know', () => {
    const [item] = citedItems([cited('e1', 'c1', {})])
    expect(item).toEqual({
      id: 'nbc-news',
      'citation-key': 'nbc_news',
      type: 'article-newspaper',
      'container-title': 'NBC News',
      custom: {
        timelineSourceId: 'nbc-news',
        sourceName: 'NBC News',
        sourceKind: 'news-outlet',
        citedBy: [
          {
            eventId: 'e1',
            eventTitle: 'Event e1',
            claimId: 'c1',
            claimant: 'a US official',
            claimStatus: 'reported',
            reported: '2025-11-21',
            readOn: '2025-11-21',
            as: 'source',
          },
        ],
      },
    })
  })

  it('gives a source’s title, date and address only when the timeline has them', () => {
    const [item] = citedItems([cited('e1', 'c1', { source: titled, sourceId: titled.id })])
    expect(item).toMatchObject({
      type: 'article-newspaper',
      title: 'The 28-point plan',
      'container-title': 'Axios',
      issued: { 'date-parts': [[2025, 11, 19]] },
      URL: 'https://www.axios.example/plan',
    })
    expect(item).not.toHaveProperty('author')
  })

  it('cites a government as the author of its statement, a document by its name in the note', () => {
    const items = citedItems([
      cited('e1', 'c1', {
        source: kremlin,
        sourceId: kremlin.id,
        readIn: report,
        status: 'denied',
      }),
    ])
    expect(items.map((i) => i.id)).toEqual(['kremlin', 'report'])
    expect(items[0]).toMatchObject({ type: 'document', author: [{ literal: 'Kremlin' }] })
    expect(items[0]).not.toHaveProperty('title')
    expect(items[0]!.custom.citedBy[0]).toMatchObject({
      claimStatus: 'denied',
      readIn: 'Compiled news report, 21 Nov 2025',
      as: 'source',
    })
    expect(items[1]).toMatchObject({
      type: 'document',
      note: 'Compiled news report, 21 Nov 2025',
      issued: { 'date-parts': [[2025, 11, 21]] },
    })
    expect(items[1]).not.toHaveProperty('title')
    expect(items[1]!.custom.citedBy[0]).toMatchObject({ as: 'read in', claimStatus: 'denied' })
  })

  it('makes a claim with its own address a distinct item, shared by claims with that address', () => {
    const url = 'https://www.nbcnews.example/article'
    const items = citedItems([
      cited('e1', 'c1', {}),
      cited('e1', 'c2', { url, reported: '2025-11-20', status: 'confirmed' }),
      cited('e2', 'c1', { url }),
    ])
    expect(items.map((i) => i.id)).toEqual(['nbc-news', 'e1-c2'])
    expect(items[1]).toMatchObject({
      type: 'article-newspaper',
      'container-title': 'NBC News',
      URL: url,
      issued: { 'date-parts': [[2025, 11, 20]] },
    })
    expect(items[1]).not.toHaveProperty('title')
    expect(items[1]!.custom.citedBy.map((c) => `${c.eventId}/${c.claimId}`)).toEqual([
      'e1/c2',
      'e2/c1',
    ])
    expect(items[0]!.custom.citedBy.map((c) => `${c.eventId}/${c.claimId}`)).toEqual(['e1/c1'])
  })

  it('never gives two items one id', () => {
    const clash: Source = { id: 'e1-c1', name: 'Clash', kind: 'news-outlet' }
    const items = citedItems([
      cited('e1', 'c1', { url: 'https://example.org/x' }),
      cited('e2', 'c1', { source: clash, sourceId: clash.id }),
    ])
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length)
  })
})
