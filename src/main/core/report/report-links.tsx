/**
 * An event's links in the briefing: each with the other account's title and date, and the
 * claims that contradict each other printed side by side, so the reader weighs them together.
 */
import type { Locale } from 'date-fns'
import { formatEventDate } from '../../../shared/date-display'
import { LINK_LABELS, type LinkView } from '../../../shared/links'
import type { EventDetail } from '../../../shared/store'

interface Props {
  event: EventDetail
  links: readonly LinkView[]
  locale: Locale
  timeZone: string
}

export function ReportLinks({ event, links, locale, timeZone }: Props) {
  if (links.length === 0) return null
  const claimOf = (id: string | undefined) => event.claims.find((c) => c.id === id)
  const sideBySide = links.filter((l) => l.kind === 'contradicts' && l.other.claim && l.claimId)
  return (
    <div className="links">
      <h4>Linked accounts</h4>
      <ul>
        {links.map((link) => {
          const date = formatEventDate(link.other, { locale, readerTimeZone: timeZone }).text
          const own = claimOf(link.claimId)
          return (
            <li key={link.id}>
              {own ? `${own.claimant}'s claim ` : 'This event '}
              {LINK_LABELS[link.kind][link.direction]}{' '}
              {link.other.claim ? `${link.other.claim.claimant}'s claim in ` : ''}“
              {link.other.title}” ({date}){link.note ? ` — ${link.note}` : ''}
            </li>
          )
        })}
      </ul>
      {sideBySide.map((link) => {
        const own = claimOf(link.claimId)!
        const other = link.other.claim!
        return (
          <table key={`side-${link.id}`} className="contradiction">
            <caption>Contradicting accounts</caption>
            <tbody>
              <tr>
                <td>
                  <span className="claimant">{own.claimant}</span> {own.text}
                </td>
                <td>
                  <span className="claimant">{other.claimant}</span> {other.text}
                  <span className="elsewhere"> (in “{link.other.title}”)</span>
                </td>
              </tr>
            </tbody>
          </table>
        )
      })}
    </div>
  )
}
