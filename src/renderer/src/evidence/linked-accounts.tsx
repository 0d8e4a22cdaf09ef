import { useId } from 'react'
import type { LinkView } from '../../../shared/links'
import type { EventDetail } from '../../../shared/store'
import { STATUS_LABELS, STATUS_MARKS } from '../../../shared/vocabulary'
import { api, unwrap } from '../api-client'
import { runAction } from '../failure-reports'
import { displayDate } from '../format'
import type { EvidenceCommands } from './evidence-commands'
import { linkPhrase } from './link-words'

function LinkedAccount({
  view,
  event,
  commands,
}: {
  view: LinkView
  event: EventDetail
  commands: EvidenceCommands
}) {
  const titleId = useId()
  const { other } = view
  const status = other.claim?.status ?? other.status
  const remove = () => {
    if (!commands.editable) return commands.offerCopy()
    runAction('Removing the link', async () => {
      await commands.edited(await unwrap(api.deleteLink({ id: view.id })))
    })
  }
  return (
    <li className={`linked-account link-${view.kind}`}>
      <p className="link-phrase">{linkPhrase(view, event)}</p>
      <button
        type="button"
        className="linked-account-open"
        title="Open this event"
        onClick={() => commands.openEvent(other.eventId)}
      >
        <span id={titleId} className="linked-title">
          {other.title}
        </span>
        <span className="linked-meta">
          <time dateTime={other.start}>{displayDate(other).text}</time>
          {other.claim ? <> · {other.claim.claimant}</> : null}
          {' · '}
          <span className={`status-badge status-${status}`}>
            <span aria-hidden="true">{STATUS_MARKS[status]} </span>
            {STATUS_LABELS[status]}
          </span>
        </span>
        {other.claim ? <span className="linked-claim">“{other.claim.text}”</span> : null}
      </button>
      {view.note ? <p className="link-note">Note: {view.note}</p> : null}
      <button type="button" className="link-button" aria-describedby={titleId} onClick={remove}>
        Remove link
      </button>
    </li>
  )
}

/**
 * "Linked accounts": every link from and to the event, each with the other side's title, date,
 * claimant and status in the words of its direction; the other event opens on a click or Enter.
 * It is also what "Show links" draws on the timeline, for those who cannot see the drawing.
 */
export function LinkedAccounts({
  event,
  links,
  commands,
}: {
  event: EventDetail
  links: LinkView[] | null
  commands: EvidenceCommands
}) {
  return (
    <section className="linked-accounts" aria-labelledby="linked-accounts-heading">
      <h3 id="linked-accounts-heading">Linked accounts</h3>
      {links && links.length === 0 ? (
        <p className="linked-empty">
          No link yet. “Link” ties this event, or one of its claims, to another account.
        </p>
      ) : null}
      {links && links.length > 0 ? (
        <ul className="linked-list" aria-label="Linked accounts">
          {links.map((view) => (
            <LinkedAccount key={view.id} view={view} event={event} commands={commands} />
          ))}
        </ul>
      ) : null}
    </section>
  )
}
