import { describe, expect, it } from 'vitest'
import type { TimelineEvent } from '../../../shared/model'
import { draftEvent } from '../test-support/editable-timeline'
import { describeEventChanges, type NameLookup } from './event-changes'

const names: NameLookup = { track: (id) => id, actor: (id) => id, source: (id) => id }

const before: TimelineEvent = { id: 'envoys', ...draftEvent() }

describe('describeEventChanges', () => {
  it('names a reported day taken away, and the day read, as two changes', () => {
    const undated = { ...before.claims[0]!, readOn: '2025-11-27' }
    delete undated.reported
    const after = { ...before, claims: [undated] }
    expect(describeEventChanges(before, after, names)).toEqual([
      { field: 'Claim 1 reported', before: '2025-11-25', after: '' },
      { field: 'Claim 1 read on', before: '2025-11-25', after: '2025-11-27' },
    ])
  })
  const claimOf = (id: string, claimant: string, status: 'reported' | 'denied' = 'reported') => ({
    ...before.claims[0]!,
    id,
    claimant,
    status,
  })
  const twoClaims: TimelineEvent = {
    ...before,
    claims: [
      claimOf('c1', 'Kremlin spokesman Dmitry Peskov', 'denied'),
      claimOf('c2', 'a US official'),
    ],
  }

  it('names a claim removed once, by where it stood, and not the claim after it as rewritten', () => {
    const after = { ...twoClaims, claims: [twoClaims.claims[1]!] }
    expect(describeEventChanges(twoClaims, after, names)).toEqual([
      {
        field: 'Claim 1',
        before: 'Kremlin spokesman Dmitry Peskov (nbc-news, denied): The envoys met.',
        after: '',
      },
    ])
  })

  it('numbers a claim changed where it stands after the edit', () => {
    const after = { ...twoClaims, claims: [{ ...twoClaims.claims[1]!, status: 'denied' as const }] }
    expect(describeEventChanges(twoClaims, after, names)).toEqual([
      {
        field: 'Claim 1',
        before: 'Kremlin spokesman Dmitry Peskov (nbc-news, denied): The envoys met.',
        after: '',
      },
      { field: 'Claim 1 status', before: 'reported', after: 'denied' },
    ])
  })

  it('names a claim added at the front as added, and the others as unchanged', () => {
    const after = {
      ...twoClaims,
      claims: [claimOf('c3', 'a Ukrainian official'), ...twoClaims.claims],
    }
    expect(describeEventChanges(twoClaims, after, names)).toEqual([
      {
        field: 'Claim 1',
        before: '',
        after: 'a Ukrainian official (nbc-news, reported): The envoys met.',
      },
    ])
  })

  it('compares claims saved without ids by their places', () => {
    const withoutIds = (event: TimelineEvent): TimelineEvent => ({
      ...event,
      claims: event.claims.map((claim) => {
        const copy = { ...claim }
        delete copy.id
        return copy
      }),
    })
    const after = {
      ...twoClaims,
      claims: [claimOf('c1', 'Dmitry Peskov', 'denied'), twoClaims.claims[1]!],
    }
    expect(describeEventChanges(withoutIds(twoClaims), withoutIds(after), names)).toEqual([
      {
        field: 'Claim 1 claimant',
        before: 'Kremlin spokesman Dmitry Peskov',
        after: 'Dmitry Peskov',
      },
    ])
  })
})
