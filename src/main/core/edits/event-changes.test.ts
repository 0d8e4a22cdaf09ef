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
})
