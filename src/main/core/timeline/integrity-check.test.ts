// The background check of a timeline file: it finds damage, and a file closed before or while
// it runs is not read on (its thread is ended), so it never competes with the next file opened.
import { Worker } from 'node:worker_threads'
import { afterEach, describe, expect, it, vi } from 'vitest'
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

  it('ends its thread when stopped while it reads the file', async () => {
    const path = await damagedTimeline()
    const stop = new AbortController()
    const ended = vi.spyOn(Worker.prototype, 'terminate')
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
    expect(ended).toHaveBeenCalled()
  })
})
