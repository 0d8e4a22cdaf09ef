import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { QuietUpkeep } from './quiet-upkeep'

const QUIET_MS = 250

/** Upkeep of `steps` steps, recording when each ran. */
function upkeepOf(steps: number) {
  const ran: number[] = []
  const upkeep = new QuietUpkeep(() => {
    ran.push(Date.now())
    return ran.length < steps
  }, QUIET_MS)
  return { upkeep, ran }
}

beforeEach(() => vi.useFakeTimers({ now: 0 }))
afterEach(() => vi.useRealTimers())

describe('upkeep done while the thread is quiet', () => {
  it('does nothing after requests that leave none', () => {
    const { upkeep, ran } = upkeepOf(1)
    upkeep.requested(false)
    vi.advanceTimersByTime(10 * QUIET_MS)
    expect(ran).toEqual([])
  })

  it('begins once no request has come for the quiet time after an edit, and goes on to the end', () => {
    const { upkeep, ran } = upkeepOf(3)
    upkeep.requested(true)
    vi.advanceTimersByTime(QUIET_MS - 1)
    expect(ran).toEqual([])
    vi.advanceTimersByTime(1)
    vi.runAllTimers()
    expect(ran).toHaveLength(3)
    // One step after another, with no second wait for quiet.
    expect(ran[2]! - ran[0]!).toBeLessThan(QUIET_MS / 10)
  })

  it('waits while requests keep coming, reads as well as edits', () => {
    const { upkeep, ran } = upkeepOf(1)
    upkeep.requested(true)
    for (let i = 0; i < 5; i += 1) {
      vi.advanceTimersByTime(QUIET_MS / 2)
      upkeep.requested(false)
    }
    expect(ran).toEqual([])
    vi.advanceTimersByTime(QUIET_MS)
    expect(ran).toEqual([(7 * QUIET_MS) / 2])
  })

  it('lets a request that comes between two steps go first, and goes on after the next quiet', () => {
    const { upkeep, ran } = upkeepOf(3)
    upkeep.requested(true)
    vi.advanceTimersByTime(QUIET_MS)
    expect(ran).toHaveLength(1)
    // The next step waits for the event loop's turn: a request already waiting is answered.
    upkeep.requested(false)
    vi.advanceTimersByTime(QUIET_MS - 1)
    expect(ran).toHaveLength(1)
    vi.advanceTimersByTime(1)
    vi.runAllTimers()
    expect(ran).toHaveLength(3)
    upkeep.requested(false)
    vi.advanceTimersByTime(10 * QUIET_MS)
    expect(ran).toHaveLength(3)
  })
})
