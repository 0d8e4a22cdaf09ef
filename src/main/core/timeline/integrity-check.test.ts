// The background check of a timeline file: it finds damage; a file closed before it runs is
// not read, and one closed while it runs is let go of before the check is said to be over.
import { rename } from 'node:fs/promises'
import { DatabaseSync } from 'node:sqlite'
import { Worker } from 'node:worker_threads'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { CallQuiet } from '../call-quiet'
import { damageSearchIndex } from '../test-support/damaged-timeline'
import { sampleTimelineFile } from '../test-support/editable-timeline'
import { checkIntegrityInBackground } from './integrity-check'

afterEach(() => vi.restoreAllMocks())

/** The sample as a timeline file, with a page of its search index scribbled over. */
async function damagedTimeline(): Promise<string> {
  const path = await sampleTimelineFile()
  await damageSearchIndex(path)
  return path
}

describe('checkIntegrityInBackground', () => {
  it('names the damage it finds in a file', async () => {
    const path = await damagedTimeline()
    expect(await checkIntegrityInBackground(path, false)).toMatch(/\S/)
    expect(await checkIntegrityInBackground(await sampleTimelineFile(), false)).toBeNull()
  })

  it('never starts once stopped while it waits, and says so at once', async () => {
    const path = await damagedTimeline()
    const stop = new AbortController()
    const started = vi.spyOn(Worker.prototype, 'once')
    const check = checkIntegrityInBackground(path, false, 60_000, stop.signal)
    stop.abort()
    expect(await check).toBeNull()
    expect(started).not.toHaveBeenCalled()
  })

  it('stopped while it waits for the calls to pause, never starts', async () => {
    const path = await damagedTimeline()
    const quiet = new CallQuiet(20)
    let answer = () => {}
    const call = quiet.track(new Promise<void>((resolve) => (answer = resolve)))
    const stop = new AbortController()
    const started = vi.spyOn(Worker.prototype, 'once')
    const check = checkIntegrityInBackground(path, false, 0, stop.signal, quiet)
    await new Promise((resolve) => setTimeout(resolve, 100))
    stop.abort()
    expect(await check).toBeNull()
    answer()
    await call
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(started).not.toHaveBeenCalled()
  })

  it("called off while it waits for a pause, leaves another file's check waiting to run", async () => {
    const quiet = new CallQuiet(20)
    let answer = () => {}
    const call = quiet.track(new Promise<void>((resolve) => (answer = resolve)))
    const stopFirst = new AbortController()
    const first = checkIntegrityInBackground(
      await sampleTimelineFile(),
      false,
      0,
      stopFirst.signal,
      quiet,
    )
    const second = checkIntegrityInBackground(await damagedTimeline(), false, 0, undefined, quiet)
    await new Promise((resolve) => setTimeout(resolve, 100))
    stopFirst.abort()
    expect(await first).toBeNull()
    answer()
    await call
    expect(await second).toMatch(/\S/)
  })

  it('stopped while it reads the file, finds nothing, and resolves once its thread has let go of the file', async () => {
    const path = await damagedTimeline()
    const stop = new AbortController()
    const started = new Promise<void>((resolve) => {
      const once = Worker.prototype.once
      vi.spyOn(Worker.prototype, 'once').mockImplementation(function (this: Worker, ...args) {
        resolve()
        return once.apply(this, args)
      })
    })
    const check = checkIntegrityInBackground(path, false, 0, stop.signal)
    await started
    stop.abort()
    expect(await check).toBeNull()
    // Only a connection alone on the file may take it out of WAL mode: the check's is closed.
    const db = new DatabaseSync(path)
    try {
      expect(db.prepare('PRAGMA journal_mode = DELETE').get()).toEqual({ journal_mode: 'delete' })
    } finally {
      db.close()
    }
  })

  it('takes a file it could not check (moved away meanwhile) for sound, not for damaged', async () => {
    const path = await damagedTimeline()
    const moved = `${path}.moved`
    await rename(path, moved)
    expect(await checkIntegrityInBackground(path, false)).toBeNull()
    expect(await checkIntegrityInBackground(moved, false)).toMatch(/\S/)
  })
})
