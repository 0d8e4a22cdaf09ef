/**
 * The PDF briefing as one self-contained HTML document: a pure function of the events, their
 * claims, the user's notes and the options. React server rendering escapes every piece of
 * text; the CSS and fonts are inline; nothing refers to the network.
 */
import { renderToStaticMarkup } from 'react-dom/server'
import type { Annotation } from '../../../shared/annotations'
import { formatClaimDates, formatEventDate, resolveDateLocale } from '../../../shared/date-display'
import type { Source, TrackDefinition } from '../../../shared/model'
import { STATUS_LABELS, STATUS_MARKS, type Status } from '../../../shared/vocabulary'
import type { StoredDocument } from '../../../shared/documents'
import type { LinkView } from '../../../shared/links'
import type { EventDetail } from '../../../shared/store'
import { DEFAULT_GEOMETRY, layoutFigure } from './figure-layout'
import { REPORT_CSS, pageContentWidthPx } from './report-css'
import { REPORT_CSP } from './report-csp'
import { FigureLegend, TimelineFigure } from './timeline-figure'
import { ReportDocuments } from './report-documents'
import { ReportLinks } from './report-links'
import { ReportNoteMarkdown } from './report-note-markdown'

export interface ReportOptions {
  title: string
  includeNotes: boolean
  includeSources: boolean
  pageSize: 'A4' | 'Letter'
  landscape: boolean
  /** The reader's locale and zone, for dates. */
  locale: string
  timeZone: string
}

export interface ReportInput {
  events: EventDetail[]
  /** The timeline's tracks, in lane order. */
  tracks: TrackDefinition[]
  /** The user's notes, by event id. */
  annotations: ReadonlyMap<string, Annotation[]>
  /** Each event's links to other accounts, by event id (none when absent). */
  links?: ReadonlyMap<string, LinkView[]>
  /** The documents kept for each cited source, by source id (none when absent). */
  documents?: ReadonlyMap<string, StoredDocument[]>
  options: ReportOptions
  /** What the report covers, in words: e.g. "Visible range 1 Aug 2025 – 30 Nov 2025". */
  scopeLabel: string
  /** The filters applied, in words; empty when none. */
  filters: string[]
  generatedAt: Date
  /** The inline @font-face rules. */
  fontCss: string
}

const ROLE_WORDS = { host: 'host', envoy: 'envoy', mediator: 'mediator', party: 'party' } as const

/** The status's mark is a glyph: as a little drawing each, a thousand events took 3 s more to print. */
function StatusLabel({ status }: { status: Status }) {
  return (
    <span className={`status status-${status}`}>
      <span className="status-mark" aria-hidden="true">
        {STATUS_MARKS[status]}
      </span>{' '}
      {STATUS_LABELS[status]}
    </span>
  )
}

function citedSources(events: EventDetail[]): Array<{ source: Source; eventIds: string[] }> {
  const byId = new Map<string, { source: Source; eventIds: string[] }>()
  for (const event of events) {
    for (const claim of event.claims) {
      for (const source of [claim.source, claim.readIn]) {
        if (!source) continue
        const entry = byId.get(source.id) ?? { source, eventIds: [] }
        if (!entry.eventIds.includes(event.id)) entry.eventIds.push(event.id)
        byId.set(source.id, entry)
      }
    }
  }
  return [...byId.values()].sort((a, b) => a.source.name.localeCompare(b.source.name))
}

/** Which events a source is cited for; a long list is cut, the count says how many. */
function citedFor(titles: string[]): string {
  const shown = titles.slice(0, 8).join('; ')
  const rest = titles.length - 8
  return rest > 0 ? `Cited for: ${shown}; and ${rest} more events.` : `Cited for: ${shown}.`
}

function EventEntry({
  event,
  index,
  notes,
  links,
  options,
  trackLabel,
}: {
  event: EventDetail
  index: number
  notes: Annotation[]
  links: LinkView[]
  options: ReportOptions
  trackLabel: string
}) {
  const locale = resolveDateLocale(options.locale)
  const date = formatEventDate(event, { locale, readerTimeZone: options.timeZone })
  return (
    <article className="event" id={`event-${event.id}`}>
      <p className="event-date">
        <span className="event-number">{index + 1}.</span> {date.text}
        {date.eventZone ? <span className="zone"> · local zone {date.eventZone}</span> : null}
      </p>
      <h3>{event.title}</h3>
      <p className="facts">
        {event.place ? (
          <>
            <span className="fact-name">Place</span> {event.place.name}
            {event.place.country ? `, ${event.place.country}` : ''}
            {' · '}
          </>
        ) : null}
        <span className="fact-name">Track</span> {trackLabel} ·{' '}
        <span className="fact-name">Status</span> <StatusLabel status={event.status} />
      </p>
      {event.actors.length > 0 ? (
        <p className="facts">
          <span className="fact-name">Actors</span>{' '}
          {event.actors.map(({ actor, role }) => `${actor.name} (${ROLE_WORDS[role]})`).join('; ')}
        </p>
      ) : null}
      <p className="notes">{event.notes}</p>
      <ol className="citations">
        {event.claims.map((claim, i) => (
          <li key={i} className={`citation citation-${claim.status}`}>
            <span className="citation-text">{claim.isQuote ? `“${claim.text}”` : claim.text}</span>{' '}
            <span className="citation-meta">
              — {claim.claimant !== claim.source.name ? `${claim.claimant}, ` : ''}
              {claim.source.name}
              {claim.readIn ? `, read in ${claim.readIn.name}` : ''};{' '}
              {formatClaimDates(claim, { locale, readerTimeZone: options.timeZone }).text}
              {'. '}
              <StatusLabel status={claim.status} />
              {claim.url ? <span className="url"> {claim.url}</span> : null}
            </span>
          </li>
        ))}
      </ol>
      <ReportLinks event={event} links={links} locale={locale} timeZone={options.timeZone} />
      {options.includeNotes && notes.length > 0 ? (
        <aside className="my-notes">
          <h4>My notes</h4>
          {notes.map((note) => (
            <div key={note.id} className="my-note">
              <ReportNoteMarkdown text={note.text} />
              <p className="my-note-meta">
                Written {note.createdAt.slice(0, 16).replace('T', ' ')} UTC
                {note.updatedAt !== note.createdAt
                  ? `, edited ${note.updatedAt.slice(0, 16).replace('T', ' ')} UTC`
                  : ''}
              </p>
            </div>
          ))}
        </aside>
      ) : null}
    </article>
  )
}

function Report({ input }: { input: ReportInput }) {
  const { events, options } = input
  const width = pageContentWidthPx(options.pageSize, options.landscape)
  const geometry = { ...DEFAULT_GEOMETRY, width }
  const pages = layoutFigure(events, geometry, input.tracks)
  const trackLabels = new Map(input.tracks.map((t) => [t.id, t.label]))
  const generated = input.generatedAt.toISOString().slice(0, 16).replace('T', ' ')
  const sources = options.includeSources ? citedSources(events) : []
  const titleById = new Map(events.map((e) => [e.id, e.title]))
  return (
    <>
      <header className="title-block">
        <h1>{options.title}</h1>
        <dl>
          <dt>Covers</dt>
          <dd>{input.scopeLabel}</dd>
          <dt>Filters</dt>
          <dd>{input.filters.length > 0 ? input.filters.join('; ') : 'none'}</dd>
          <dt>Events</dt>
          <dd>{events.length}</dd>
          <dt>Generated</dt>
          <dd>{generated} UTC</dd>
        </dl>
      </header>
      {events.length === 0 ? (
        <section className="empty">
          <h2>No events</h2>
          <p>
            No event matches this selection. Widen the visible range or clear the filters, then
            export again.
          </p>
        </section>
      ) : (
        <>
          <section className="figure-section">
            <h2>Timeline</h2>
            <FigureLegend />
            {pages.map((page, i) => (
              <TimelineFigure
                key={i}
                page={page}
                width={width}
                laneLabelWidth={geometry.laneLabelWidth}
                rowHeight={geometry.rowHeight}
                caption={`Figure ${i + 1} of ${pages.length}: ${new Date(page.startMs).toISOString().slice(0, 10)} to ${new Date(page.endMs).toISOString().slice(0, 10)}`}
              />
            ))}
          </section>
          <section className="chronology">
            <h2>Chronology</h2>
            {events.map((event, i) => (
              <EventEntry
                key={event.id}
                event={event}
                index={i}
                notes={input.annotations.get(event.id) ?? []}
                links={input.links?.get(event.id) ?? []}
                options={options}
                trackLabel={trackLabels.get(event.track) ?? event.track}
              />
            ))}
          </section>
          {options.includeSources ? (
            <section className="sources">
              <h2>Sources</h2>
              <ul>
                {sources.map(({ source, eventIds }) => (
                  <li key={source.id}>
                    <strong>{source.name}</strong> ({source.kind.replace('-', ' ')}
                    {source.published ? `, published ${source.published}` : ''})
                    {source.title ? `: ${source.title}` : ''}
                    {source.url ? (
                      <span className="url"> {source.url}</span>
                    ) : (
                      ' — no link recorded'
                    )}
                    <span className="cited-by">
                      {' '}
                      {citedFor(eventIds.map((id) => titleById.get(id) ?? id))}
                    </span>
                    <ReportDocuments documents={input.documents?.get(source.id) ?? []} />
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      )}
    </>
  )
}

export function buildReportHtml(input: ReportInput): string {
  // The stylesheet is ours (CSS and embedded fonts), never user text, so it is written as is;
  // React renders (and escapes) everything else, the title included.
  const css = `${input.fontCss}\n${REPORT_CSS(input.options)}`.replace(/<\/style/gi, '')
  const head = renderToStaticMarkup(
    <>
      <meta charSet="utf-8" />
      <meta httpEquiv="Content-Security-Policy" content={REPORT_CSP} />
      <title>{input.options.title}</title>
      <meta name="generator" content="Diplomatic Timeline" />
    </>,
  )
  const body = renderToStaticMarkup(<Report input={input} />)
  return `<!doctype html>\n<html lang="en"><head>${head}<style>${css}</style></head><body>${body}</body></html>`
}
