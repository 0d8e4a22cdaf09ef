import { describe, expect, it } from 'vitest'
import { emptyEventForm } from './event-form'
import { saveBlockers, touchKeyOf, visibleErrors } from './form-problems'

describe('form problems', () => {
  const form = emptyEventForm('russia')
  const claimKey = form.claims[0]!.key
  const errors = {
    title: 'an event needs a title',
    'claims.0.sourceId': 'a claim needs a source',
    summary: 'an event needs a summary',
  }

  it('shows a problem only once its field is touched, a claim field by its claim', () => {
    expect(touchKeyOf('claims.0.sourceId', form)).toBe(`${claimKey}.sourceId`)
    expect(visibleErrors(errors, new Set(['title', `${claimKey}.sourceId`]), form)).toEqual({
      title: 'an event needs a title',
      'claims.0.sourceId': 'a claim needs a source',
    })
    expect(visibleErrors(errors, new Set(), form)).toEqual({})
  })

  it('names every field that stands between the form and saving', () => {
    expect(saveBlockers(errors)).toBe('To save, fix or fill in: Title, Claim 1 Source, Summary.')
    expect(saveBlockers({})).toBe('')
  })
})
