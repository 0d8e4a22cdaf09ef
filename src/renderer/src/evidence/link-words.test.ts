import { describe, expect, it } from 'vitest'
import type { LinkView } from '../../../shared/links'
import { claimLabel, contradictedByText, contradictionsByClaim, linkPhrase } from './link-words'

const event = {
  id: 'miami-meetings',
  title: 'Miami meetings',
  claims: [
    { id: 'c1', claimant: 'A US official' },
    { id: 'c3', claimant: 'Kyiv Independent' },
  ],
} as Parameters<typeof contradictionsByClaim>[1]

function view(overrides: Partial<LinkView>): LinkView {
  return {
    id: 'l1',
    kind: 'contradicts',
    direction: 'outgoing',
    other: {
      eventId: 'peskov-statements',
      title: 'Peskov: no arrangements',
      start: '2025-11-20',
      precision: 'day',
      status: 'reported',
    },
    ...overrides,
  }
}

const peskovClaim = { id: 'c1', claimant: 'Dmitry Peskov', status: 'reported' as const, text: 'x' }

describe('how a link reads from the open event', () => {
  it('numbers claims as Sources does, by their place and not their id', () => {
    expect(claimLabel(event, 'c3')).toBe('Claim 2')
    expect(claimLabel(event, 'c9')).toBeNull()
  })

  it('uses the words of the link’s direction', () => {
    expect(linkPhrase(view({ kind: 'responds-to' }), event)).toBe('Responds to')
    expect(linkPhrase(view({ kind: 'responds-to', direction: 'incoming' }), event)).toBe(
      'Is answered by',
    )
    expect(
      linkPhrase(
        view({
          direction: 'incoming',
          claimId: 'c3',
          other: { ...view({}).other, claim: peskovClaim },
        }),
        event,
      ),
    ).toBe('Claim 2 is contradicted by')
  })

  it('marks a claim contradicted whichever way the link was made, and only by claims', () => {
    const withClaim = { ...view({}).other, claim: peskovClaim }
    const marks = contradictionsByClaim(
      [
        view({ id: 'a', claimId: 'c1', other: withClaim }),
        view({ id: 'b', claimId: 'c1', direction: 'incoming', other: withClaim }),
        view({ id: 'c', claimId: 'c3', kind: 'corroborates', other: withClaim }),
        view({ id: 'd' }),
      ],
      event,
    )
    expect([...marks.keys()]).toEqual(['c1'])
    expect(marks.get('c1')).toHaveLength(2)
    expect(contradictedByText(marks.get('c1')!.slice(0, 1), 'miami-meetings')).toBe(
      'Contradicted by Dmitry Peskov in “Peskov: no arrangements”',
    )
  })

  it('marks both claims of one event that contradict each other', () => {
    const sameEvent = {
      ...view({}).other,
      eventId: event.id,
      title: event.title,
      claim: { ...peskovClaim, id: 'c1', claimant: 'A US official' },
    }
    const marks = contradictionsByClaim([view({ claimId: 'c3', other: sameEvent })], event)
    expect(contradictedByText(marks.get('c3')!, event.id)).toBe(
      'Contradicted by A US official (in this event)',
    )
    expect(contradictedByText(marks.get('c1')!, event.id)).toBe(
      'Contradicted by Kyiv Independent (in this event)',
    )
  })
})
