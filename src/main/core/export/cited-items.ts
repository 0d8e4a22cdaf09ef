import type { Source, Status } from '../../../shared/model'
import type { ResolvedClaim } from '../../../shared/store'

/** A claim as cited by an event: what the citations are built from. */
export interface CitedClaim {
  eventId: string
  eventTitle: string
  claim: ResolvedClaim
}

/** How one claim cites an item: our own fields, which CSL has no place for. */
export interface CitingClaim {
  eventId: string
  eventTitle: string
  claimId: string
  claimant: string
  claimStatus: Status
  reported?: string
  /** The day we read the claim. */
  readOn: string
  /** The document the claim was read in, when that is not the item itself. */
  readIn?: string
  /** "source": the item is the claim's source (or its own address); "read in": where it was read. */
  as: 'source' | 'read in'
}

type CslDate = { 'date-parts': [[number, number, number]] }

/** A CSL-JSON item, with only the fields this app writes (csl-data.json allows no others). */
export interface CslItem {
  id: string
  'citation-key': string
  type: 'article-newspaper' | 'document'
  title?: string
  'container-title'?: string
  author?: Array<{ literal: string }>
  issued?: CslDate
  URL?: string
  note?: string
  custom: {
    timelineSourceId: string
    sourceName: string
    sourceKind: Source['kind']
    citedBy: CitingClaim[]
  }
}

/**
 * The item's key in BibTeX and CSL: its id with underscores for hyphens, since citation-js
 * takes a hyphen for unsafe in a BibTeX key and would make one up from the author and year.
 */
function citationKey(id: string): string {
  return id.replaceAll('-', '_')
}

function issuedOn(date: string | undefined): { issued?: CslDate } {
  if (date === undefined) return {}
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  return { issued: { 'date-parts': [[year, month, day]] } }
}

/**
 * What kind of item a source is, and where its name goes: a news outlet is a newspaper article
 * with the outlet as `container-title`; a government is the author of its statement; a document
 * keeps its name in `note` (a name is not a title: `title` is only the one the timeline knows).
 */
function sourceShape(
  source: Source,
): Pick<CslItem, 'type' | 'container-title' | 'author' | 'note'> {
  if (source.kind === 'news-outlet')
    return { type: 'article-newspaper', 'container-title': source.name }
  if (source.kind === 'government') return { type: 'document', author: [{ literal: source.name }] }
  return { type: 'document', note: source.name }
}

function custom(source: Source): CslItem['custom'] {
  return {
    timelineSourceId: source.id,
    sourceName: source.name,
    sourceKind: source.kind,
    citedBy: [],
  }
}

/** A source as cited: its title, date and address only when the timeline knows them. */
function sourceItem(source: Source): CslItem {
  return {
    id: source.id,
    'citation-key': citationKey(source.id),
    ...sourceShape(source),
    ...(source.title === undefined ? {} : { title: source.title }),
    ...issuedOn(source.published),
    ...(source.url === undefined ? {} : { URL: source.url }),
    custom: custom(source),
  }
}

/**
 * A claim's own address: a distinct work of its source (the article at that URL), issued on
 * the day the claim was reported. Its title is unknown to the timeline, so it has none.
 */
function addressItem(
  id: string,
  source: Source,
  url: string,
  reported: string | undefined,
): CslItem {
  return {
    id,
    'citation-key': citationKey(id),
    ...sourceShape(source),
    ...issuedOn(reported),
    URL: url,
    custom: custom(source),
  }
}

function citing(cited: CitedClaim, as: CitingClaim['as']): CitingClaim {
  const { claim } = cited
  return {
    eventId: cited.eventId,
    eventTitle: cited.eventTitle,
    claimId: claim.id ?? '',
    claimant: claim.claimant,
    claimStatus: claim.status,
    ...(claim.reported === undefined ? {} : { reported: claim.reported }),
    readOn: claim.readOn,
    ...(claim.readIn === undefined || as === 'read in' ? {} : { readIn: claim.readIn.name }),
    as,
  }
}

/**
 * The items these claims cite, in the order first cited: one per source cited by a claim
 * without an address of its own; one per distinct address a claim gives (the article it was
 * read at, so two claims with one URL share it); and one per document a claim was read in.
 * Each item lists in `custom.citedBy` the claims that cite it, with their status.
 */
export function citedItems(claims: readonly CitedClaim[]): CslItem[] {
  const items = new Map<string, CslItem>()
  // An address's item is named after its first claim; a source could by chance have that id.
  const sourceIds = new Set(claims.flatMap(({ claim }) => [claim.source.id, claim.readIn?.id]))
  const unusedId = (wanted: string): string => {
    let id = wanted
    for (let n = 2; sourceIds.has(id); n += 1) id = `${wanted}-${n}`
    sourceIds.add(id)
    return id
  }
  const itemFor = (key: string, make: () => CslItem): CslItem => {
    let item = items.get(key)
    if (!item) {
      item = make()
      items.set(key, item)
    }
    return item
  }
  for (const cited of claims) {
    const { claim } = cited
    const url = claim.url
    const cites =
      url === undefined
        ? itemFor(`source:${claim.source.id}`, () => sourceItem(claim.source))
        : itemFor(`url:${url}`, () =>
            addressItem(
              unusedId(`${cited.eventId}-${claim.id ?? 'claim'}`),
              claim.source,
              url,
              claim.reported,
            ),
          )
    cites.custom.citedBy.push(citing(cited, 'source'))
    const readIn = claim.readIn
    if (readIn) {
      itemFor(`source:${readIn.id}`, () => sourceItem(readIn)).custom.citedBy.push(
        citing(cited, 'read in'),
      )
    }
  }
  return [...items.values()]
}
