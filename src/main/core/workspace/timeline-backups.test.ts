import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CallQuiet } from '../call-quiet'
import type { BackupOutcome } from '../sqlite/database-backups'
import { TIMELINE_SAVES_PER_BACKUP, TimelineBackups } from './timeline-backups'

const OPEN_DELAY_MS = 10_000
const QUIET_MS = 1000
const written = (n: number): BackupOutcome => ({ kind: 'written', path: `/backups/${n}` })

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

/** A backup that runs until the test lets it finish. */
function heldBackups() {
  const finishers: Array<() => void> = []
  const backUp = vi.fn(
    () =>
      new Promise<BackupOutcome>((resolve) => {
        const n = finishers.length + 1
        finishers.push(() => resolve(written(n)))
      }),
  )
  return { backUp, finish: (n: number) => finishers[n - 1]!() }
}

async function started(): Promise<{ quiet: CallQuiet; backups: TimelineBackups }> {
  const quiet = new CallQuiet(QUIET_MS)
  const backups = new TimelineBackups(OPEN_DELAY_MS, quiet)
  // The window's first calls: background work waits for the app to have started.
  await quiet.track(Promise.resolve())
  return { quiet, backups }
}

/** A timeline opened, its first backup under way, and as many saves as ask for the next. */
async function savedWhileFirstBackupRuns() {
  const { backups } = await started()
  const held = heldBackups()
  backups.opened(held.backUp)
  await vi.advanceTimersByTimeAsync(OPEN_DELAY_MS + QUIET_MS)
  for (let n = 1; n <= TIMELINE_SAVES_PER_BACKUP; n += 1) backups.saved()
  return { backups, ...held }
}

describe("the open timeline's backups", () => {
  it(`back it up after it opens, then after every ${TIMELINE_SAVES_PER_BACKUP} saves once the calls pause`, async () => {
    const { backups } = await started()
    const { backUp, finish } = heldBackups()
    backups.opened(backUp)
    await vi.advanceTimersByTimeAsync(OPEN_DELAY_MS + QUIET_MS)
    expect(backUp).toHaveBeenCalledTimes(1)
    finish(1)
    await expect(backups.done).resolves.toEqual(written(1))

    for (let n = 1; n < TIMELINE_SAVES_PER_BACKUP; n += 1) backups.saved()
    await vi.advanceTimersByTimeAsync(OPEN_DELAY_MS)
    expect(backUp).toHaveBeenCalledTimes(1)
    backups.saved()
    await vi.advanceTimersByTimeAsync(QUIET_MS)
    expect(backUp).toHaveBeenCalledTimes(2)
    finish(2)
    await expect(backups.done).resolves.toEqual(written(2))
  })

  it('never run two at once: one asked for while another runs begins when it ends', async () => {
    const { backups, backUp, finish } = await savedWhileFirstBackupRuns()
    await vi.advanceTimersByTimeAsync(QUIET_MS * 5)
    expect(backUp).toHaveBeenCalledTimes(1)
    finish(1)
    await vi.advanceTimersByTimeAsync(0)
    expect(backUp).toHaveBeenCalledTimes(2)
    finish(2)
    await expect(backups.done).resolves.toEqual(written(2))
  })

  it('when the timeline closes, call off the backup still waiting and let the one begun finish', async () => {
    const { backups, backUp, finish } = await savedWhileFirstBackupRuns()
    let stopped = false
    const stopping = backups.stop().then(() => (stopped = true))
    await vi.advanceTimersByTimeAsync(QUIET_MS * 5)
    expect(stopped).toBe(false)
    finish(1)
    await stopping
    await vi.advanceTimersByTimeAsync(OPEN_DELAY_MS)
    expect(backUp).toHaveBeenCalledTimes(1)
  })

  it('never back up a timeline that is not to be backed up (the sample, a read-only file)', async () => {
    const { backups } = await started()
    const { backUp } = heldBackups()
    backups.opened(backUp)
    backups.opened(null)
    for (let n = 1; n <= TIMELINE_SAVES_PER_BACKUP * 2; n += 1) backups.saved()
    await vi.advanceTimersByTimeAsync(OPEN_DELAY_MS * 2)
    expect(backUp).not.toHaveBeenCalled()
    await expect(backups.done).resolves.toBeNull()
  })
})
