import { useEffect, useRef, type ReactNode } from 'react'
import { trackLabel } from '../timeline-tracks'
import { STATUS_LABELS, STATUS_MARKS } from '../../../shared/vocabulary'
import type { EventDetail, ResolvedClaim } from '../../../shared/store'
import { api, unwrap } from '../api-client'
import { runAction } from '../failure-reports'
import { claimDates, displayDate } from '../format'
import { MyNotes } from '../notes/my-notes'
import { ClaimEvidence } from '../evidence/claim-evidence'
import type { EvidenceCommands } from '../evidence/evidence-commands'
import { LinkedAccounts } from '../evidence/linked-accounts'
import { contradictionsByClaim } from '../evidence/link-words'
import { useEventEvidence } from '../evidence/use-event-evidence'
import { VerifyDocuments } from '../evidence/verify-documents'
import { EventHistory } from './event-history'

const ROLE_LABELS = { host: 'host', envoy: 'envoy', mediator: 'mediator', party: 'party' } as const

function ClaimItem({
  claim,
  index,
  children,
}: {
  claim: ResolvedClaim
  index: number
  /** Who contradicts it, and its kept documents. */
  children?: ReactNode
}) {
  const contested = claim.status === 'denied' || claim.status === 'disputed'
  const dates = claimDates(claim)
  return (
    <li className={`claim claim-${claim.status}`} aria-label={`Claim ${index + 1}`}>
      <p className="claim-text">{claim.isQuote ? <q>{claim.text}</q> : claim.text}</p>
      <p className="claim-meta">
        {claim.claimant !== claim.source.name ? (
          <>
            <span className="claim-claimant">{claim.claimant}</span>
            {' · '}
          </>
        ) : null}
        <span className="claim-source">{claim.source.name}</span>
        {claim.readIn ? (
          <span className="claim-read-in"> (read in: {claim.readIn.name})</span>
        ) : null}
        <span className="claim-reported">
          {dates.reportedBy ? ' · reported by ' : ' · reported '}
          <time dateTime={claim.reported ?? claim.readOn}>{dates.reportedDay}</time>
        </span>
        <span className="claim-read-on">
          {' · read '}
          <time dateTime={claim.readOn}>{dates.readDay}</time>
        </span>
      </p>
      <p className="claim-footer">
        <span className={`status-badge status-${claim.status}`}>
          <span aria-hidden="true">{STATUS_MARKS[claim.status]} </span>
          {contested ? `${STATUS_LABELS[claim.status]} claim` : STATUS_LABELS[claim.status]}
        </span>
        {claim.url ? (
          <button
            type="button"
            className="link-button"
            onClick={() =>
              runAction('Opening the source', () =>
                unwrap(api.openExternal({ url: claim.url ?? '' })),
              )
            }
          >
            Open source in browser
          </button>
        ) : (
          <span className="no-link">no link recorded</span>
        )}
      </p>
      {children}
    </li>
  )
}

interface Props {
  event: EventDetail | null
  /** Move focus to the heading when the event opens (not when stepping through events). */
  autoFocus: boolean
  error: string | null
  /** Changes after every edit, undo and redo, so the links and documents are read again. */
  dataVersion: number
  /** The same, once edits have paused, so History is read again (see `useSettledVersion`). */
  historyVersion: number
  onClose(): void
  onEdit(event: EventDetail): void
  onDelete(event: EventDetail): void
  /** Opens "Export citations" for this event's sources. */
  onExportCitations(event: EventDetail): void
  /** Links and kept documents: made, removed, followed. */
  evidence: EvidenceCommands
}

/** The selected event: date with precision and zone, place, actors, notes and its claims. */
export function EventDetails(props: Props) {
  const { event, autoFocus, error, onClose } = props
  const heading = useRef<HTMLHeadingElement>(null)
  // When another event opens, not when this one is read again after an edit or a note.
  const eventId = event?.id
  useEffect(() => {
    if (eventId && autoFocus) heading.current?.focus()
  }, [eventId, autoFocus])

  if (!event) {
    return (
      <section className="details details-empty" aria-label="Event details">
        <p>
          {error ?? 'Select an event on the timeline or in the list to read its notes and sources.'}
        </p>
      </section>
    )
  }
  const date = displayDate(event)
  return (
    <section
      className="details"
      aria-label="Event details"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose()
      }}
    >
      <header className="details-header">
        <h2 ref={heading} tabIndex={-1}>
          {event.title}
        </h2>
        <button type="button" className="icon-button" onClick={onClose} aria-label="Close details">
          ×
        </button>
      </header>
      <div className="details-actions" role="group" aria-label="Edit this event">
        <button type="button" onClick={() => props.onEdit(event)}>
          Edit event
        </button>
        <button type="button" onClick={() => props.onDelete(event)}>
          Delete event
        </button>
        <button
          type="button"
          onClick={() =>
            props.evidence.editable ? props.evidence.link(event) : props.evidence.offerCopy()
          }
        >
          Link
        </button>
      </div>
      <dl className="details-facts">
        <dt>Date</dt>
        <dd>
          {date.text}
          {date.eventZone ? <span className="zone">Local zone: {date.eventZone}</span> : null}
          {date.readerZone ? <span className="zone">Your zone: {date.readerZone}</span> : null}
          {date.readerTime ? <span className="zone">Your time: {date.readerTime}</span> : null}
        </dd>
        {event.place ? (
          <>
            <dt>Place</dt>
            <dd>
              {event.place.name}
              {event.place.country ? `, ${event.place.country}` : ''}
            </dd>
          </>
        ) : null}
        <dt>Track</dt>
        <dd>{trackLabel(event.track)}</dd>
        <dt>Status</dt>
        <dd>
          <span className={`status-badge status-${event.status}`}>
            <span aria-hidden="true">{STATUS_MARKS[event.status]} </span>
            {STATUS_LABELS[event.status]}
          </span>
        </dd>
        {event.actors.length > 0 ? (
          <>
            <dt>Actors</dt>
            <dd>
              <ul className="actor-list" aria-label="Actors">
                {event.actors.map(({ actor, role }) => (
                  <li key={`${actor.id}-${role}`}>
                    {actor.name} <span className="role">({ROLE_LABELS[role]})</span>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
      {/* "Summary", as the Event dialog names it: "Notes" read as the user's own notes below. */}
      <h3>Summary</h3>
      <p className="notes">{event.notes}</p>
      <EventEvidence
        event={event}
        dataVersion={props.dataVersion}
        commands={props.evidence}
        onExportCitations={() => props.onExportCitations(event)}
      />
      <MyNotes key={event.id} eventId={event.id} />
      <EventHistory eventId={event.id} dataVersion={props.historyVersion} />
    </section>
  )
}

/** Sources, each claim with who contradicts it and its kept documents, then "Linked accounts". */
function EventEvidence({
  event,
  dataVersion,
  commands,
  onExportCitations,
}: {
  event: EventDetail
  dataVersion: number
  commands: EvidenceCommands
  onExportCitations(): void
}) {
  const evidence = useEventEvidence(event.id, dataVersion)
  const contradictions = contradictionsByClaim(evidence.links ?? [], event)
  return (
    <>
      <div className="sources-heading">
        <h3 id="sources-heading">Sources</h3>
        <button type="button" onClick={onExportCitations}>
          Export citations
        </button>
      </div>
      <ol className="claims" aria-label="Sources">
        {event.claims.map((claim, index) => (
          <ClaimItem key={index} claim={claim} index={index}>
            <ClaimEvidence
              event={event}
              claim={claim}
              index={index}
              contradictions={(claim.id && contradictions.get(claim.id)) || []}
              documents={evidence.documents}
              commands={commands}
              onDocumentsChanged={evidence.reloadDocuments}
            />
          </ClaimItem>
        ))}
      </ol>
      {evidence.error ? (
        <p role="alert">The links and documents could not be read: {evidence.error}</p>
      ) : null}
      <VerifyDocuments />
      <LinkedAccounts event={event} links={evidence.links} commands={commands} />
    </>
  )
}
