import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CallQuiet } from '../call-quiet'
import type { BackupOutcome } from '../sqlite/database-backups'
import { scheduleTimelineBackup } from './backup-schedule'

const DELAY_MS = 10_000
const QUIET_MS = 1000
const WRITTEN: BackupOutcome = { kind: 'written', path: '/backups/timeline.backup-1.sqlite' }

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

/** The app's calls: one every `everyMs`, `count` times. */
async function callsEvery(quiet: CallQuiet, everyMs: number, count: number): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    await quiet.track(Promise.resolve())
    await vi.advanceTimersByTimeAsync(everyMs)
  }
}

describe("a timeline's backup after it opens", () => {
  it('waits for its delay, then for a pause in the calls, and backs up once', async () => {
    const quiet = new CallQuiet(QUIET_MS)
    const backUp = vi.fn(() => Promise.resolve(WRITTEN))
    const { done } = scheduleTimelineBackup(backUp, DELAY_MS, quiet)
    // Calls every half second from the opening until well past the delay: the user at work.
    await callsEvery(quiet, 500, 30)
    expect(backUp).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(QUIET_MS)
    expect(backUp).toHaveBeenCalledTimes(1)
    await expect(done).resolves.toEqual(WRITTEN)
  })

  it('called off before it begins, never runs, and says so', async () => {
    const quiet = new CallQuiet(QUIET_MS)
    const backUp = vi.fn(() => Promise.resolve(WRITTEN))
    const scheduled = scheduleTimelineBackup(backUp, DELAY_MS, quiet)
    await callsEvery(quiet, 500, 22)
    scheduled.cancel()
    await expect(scheduled.done).resolves.toBeNull()
    await vi.advanceTimersByTimeAsync(DELAY_MS + QUIET_MS)
    expect(backUp).not.toHaveBeenCalled()
  })

  it('once begun, is let finish: calling it off then waits for its outcome', async () => {
    const quiet = new CallQuiet(QUIET_MS)
    let finish: (outcome: BackupOutcome) => void = () => {}
    const backUp = vi.fn(() => new Promise<BackupOutcome>((resolve) => (finish = resolve)))
    const scheduled = scheduleTimelineBackup(backUp, DELAY_MS, quiet)
    await quiet.track(Promise.resolve())
    await vi.advanceTimersByTimeAsync(DELAY_MS + QUIET_MS)
    expect(backUp).toHaveBeenCalledTimes(1)
    scheduled.cancel()
    finish(WRITTEN)
    await expect(scheduled.done).resolves.toEqual(WRITTEN)
  })

  it('without calls to wait for (a host with none), backs up after its delay', async () => {
    const backUp = vi.fn(() => Promise.resolve(WRITTEN))
    const { done } = scheduleTimelineBackup(backUp, DELAY_MS, undefined)
    await vi.advanceTimersByTimeAsync(DELAY_MS - 1)
    expect(backUp).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    await expect(done).resolves.toEqual(WRITTEN)
  })
})
