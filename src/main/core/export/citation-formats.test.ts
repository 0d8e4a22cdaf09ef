// The citations as Zotero reads them: CSL-JSON valid against the CSL data schema, and BibTeX and
// RIS that citation-js parses back to the same fields.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Cite } from '@citation-js/core'
import '@citation-js/plugin-csl'
import Ajv from 'ajv'
import { beforeAll, describe, expect, it } from 'vitest'
import { EventStore } from '../event-store/event-store'
import { loadDataFolder } from '../event-store/load-data-folder'
import { BUNDLED_DATA } from '../test-support/editable-timeline'
import { formatCitations } from './citation-formats'
import { citedItems, type CslItem } from './cited-items'

/**
 * csl-data.json of the Citation Style Language's schema repository (v1.0.2 line, commit
 * e3ce254a72c4470a5ed3b9d23b428017d25674e9, MIT licence), vendored as a test fixture.
 */
const schema = JSON.parse(
  readFileSync(join(__dirname, 'fixtures', 'csl-data.json'), 'utf8'),
) as object
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema)

let items: CslItem[]

beforeAll(async () => {
  const store = new EventStore('/memory', await loadDataFolder(BUNDLED_DATA))
  const claims = store
    .listEvents()
    .flatMap(({ id }) =>
      store.getEvent(id).claims.map((claim) => ({ eventId: id, eventTitle: '', claim })),
    )
  const withAddress = {
    ...claims[0]!,
    claim: { ...claims[0]!.claim, url: 'https://www.example.org/article' },
  }
  items = citedItems([...claims, withAddress])
})

describe('the citations of the bundled sample', () => {
  it('are CSL-JSON valid against the CSL data schema', () => {
    const data: unknown = JSON.parse(formatCitations(items, 'csl-json'))
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true)
    expect(data).toEqual(items)
    const nbc = (data as CslItem[]).find((item) => item.id === 'nbc-news')
    expect(nbc).toMatchObject({ type: 'article-newspaper', 'container-title': 'NBC News' })
    for (const field of ['title', 'author', 'issued', 'URL']) expect(nbc).not.toHaveProperty(field)
  })

  it('parse back from BibTeX with their keys, outlets, authors, dates and addresses', () => {
    const parsed = new Cite(formatCitations(items, 'bibtex')).data
    expect(parsed.map((p) => p['citation-key'])).toEqual(items.map((i) => i['citation-key']))
    for (const [i, item] of items.entries()) {
      const back = parsed[i]!
      expect(back['container-title']).toEqual(item['container-title'])
      expect(back['URL']).toEqual(item.URL)
      expect(back['issued']).toEqual(item.issued)
      expect(back['title']).toEqual(item.title)
      // BibTeX keeps a braced name whole; it reads back as one family name.
      if (item.author) expect(back['author']).toEqual([{ family: item.author[0]!.literal }])
      else expect(back['author']).toBeUndefined()
    }
  })

  it('parse back from RIS with their ids, types, outlets, authors and addresses', () => {
    const parsed = new Cite(formatCitations(items, 'ris')).data
    // RIS's ID tag holds at most 20 characters; the plugin cuts it there.
    expect(parsed.map((p) => p['id'])).toEqual(items.map((i) => i.id.slice(0, 20)))
    for (const [i, item] of items.entries()) {
      const back = parsed[i]!
      expect(back['type']).toBe(item.type)
      expect(back['container-title']).toEqual(item['container-title'])
      expect(back['URL']).toEqual(item.URL)
      expect(back['title']).toEqual(item.title)
      expect(
        (back['issued'] as { 'date-parts': number[][] } | undefined)?.['date-parts'][0]?.[0],
      ).toBe(item.issued?.['date-parts'][0][0])
    }
  })

  it('cite as a reader expects in a bibliography style', () => {
    const bibliography = new Cite(items).format('bibliography', { template: 'apa', lang: 'en-US' })
    expect(bibliography).toContain('NBC News')
    expect(bibliography).toContain('Kremlin')
  })

  it("keep in BibTeX a name in any script, and LaTeX's special characters, as written", () => {
    const tass: CslItem = {
      ...items[0]!,
      id: 'tass',
      'citation-key': 'tass',
      type: 'article-newspaper',
      title: 'Песков: «встреча не планируется» & 50% of $1 {#2} a_b ~c^ \\d',
      'container-title': 'ТАСС',
      author: [{ literal: 'Д. Песков' }],
    }
    const bibtex = formatCitations([tass], 'bibtex')
    expect(bibtex).toContain('ТАСС')
    const [back] = new Cite(bibtex).data
    expect(back!['container-title']).toBe('ТАСС')
    expect(back!['title']).toBe(tass.title)
    expect(back!['author']).toEqual([{ family: 'Д. Песков' }])
    expect(back!['URL']).toEqual(tass.URL)
  })

  it('an empty list is an empty file in each format', () => {
    expect(JSON.parse(formatCitations([], 'csl-json'))).toEqual([])
    expect(formatCitations([], 'bibtex')).toBe('')
    expect(formatCitations([], 'ris')).toBe('')
  })
})
