import { describe, expect, it } from 'vitest'
import { changeLinkForm, checkLinkForm, EMPTY_LINK_FORM, kindsFor } from './link-form'

describe('the Link dialog’s form', () => {
  it('asks for the other event first', () => {
    expect(checkLinkForm('a', EMPTY_LINK_FORM)).toEqual({
      draft: null,
      errors: { other: 'Choose the event to link to.' },
    })
  })

  it('makes an event link, with the note trimmed and an empty note left out', () => {
    const form = changeLinkForm(EMPTY_LINK_FORM, { otherEventId: 'b', kind: 'responds-to' })
    expect(checkLinkForm('a', { ...form, note: '  Answers it  ' }).draft).toEqual({
      kind: 'responds-to',
      from: { eventId: 'a' },
      to: { eventId: 'b' },
      note: 'Answers it',
    })
    expect(checkLinkForm('a', { ...form, note: '   ' }).draft).not.toHaveProperty('note')
  })

  it('offers the claim kinds once a claim is chosen, and keeps a kind both allow', () => {
    const events = changeLinkForm(EMPTY_LINK_FORM, { otherEventId: 'b', kind: 'same-as' })
    expect(kindsFor(events)).toContain('same-as')
    const claims = changeLinkForm(events, { fromClaimId: 'c1' })
    expect(kindsFor(claims)).toEqual(['contradicts', 'corroborates'])
    expect(claims.kind).toBe('contradicts')
    const kept = changeLinkForm({ ...events, kind: 'contradicts' }, { toClaimId: 'c2' })
    expect(kept.kind).toBe('contradicts')
  })

  it('says beside the claims that a claim links to a claim, and never to itself', () => {
    const oneClaim = changeLinkForm(EMPTY_LINK_FORM, { otherEventId: 'b', fromClaimId: 'c1' })
    expect(checkLinkForm('a', oneClaim).errors).toEqual({
      to: 'Link an event to an event, or a claim to a claim.',
    })
    const itself = changeLinkForm(EMPTY_LINK_FORM, { otherEventId: 'a' })
    expect(checkLinkForm('a', itself).errors).toEqual({ to: 'Cannot be linked to itself.' })
    const twoClaims = changeLinkForm(oneClaim, { otherEventId: 'a', toClaimId: 'c2' })
    expect(twoClaims.toClaimId).toBe('c2')
    expect(checkLinkForm('a', twoClaims).draft).toEqual({
      kind: 'contradicts',
      from: { eventId: 'a', claimId: 'c1' },
      to: { eventId: 'a', claimId: 'c2' },
    })
  })

  it('forgets the other event’s claim when another event is picked', () => {
    const form = changeLinkForm(EMPTY_LINK_FORM, { otherEventId: 'b', toClaimId: 'c2' })
    expect(changeLinkForm(form, { otherEventId: 'c' }).toClaimId).toBe('')
  })
})
