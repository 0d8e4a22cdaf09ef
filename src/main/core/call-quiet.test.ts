import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { CallQuiet } from './call-quiet'

describe('CallQuiet', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  const answerIn = (ms: number) => new Promise<string>((resolve) => setTimeout(resolve, ms, 'ok'))

  it('waits for the first call: before it the window is still loading', async () => {
    const quiet = new CallQuiet(1000)
    const task = vi.fn()
    quiet.whenQuiet(task)
    await vi.advanceTimersByTimeAsync(5000)
    expect(task).not.toHaveBeenCalled()

    const call = quiet.track(answerIn(10))
    await vi.advanceTimersByTimeAsync(10)
    await expect(call).resolves.toBe('ok')
    await vi.advanceTimersByTimeAsync(999)
    expect(task).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(task).toHaveBeenCalledTimes(1)
  })

  it('does not run while a call is in flight, however long it takes, nor until a burst pauses', async () => {
    const quiet = new CallQuiet(1000)
    const task = vi.fn()
    await quiet.track(Promise.resolve('first'))
    quiet.whenQuiet(task)
    const slow = quiet.track(answerIn(5000))
    await vi.advanceTimersByTimeAsync(4000)
    expect(task).not.toHaveBeenCalled()
    // A burst of short calls, each within the quiet time of the one before.
    const burst: Promise<string>[] = []
    for (let i = 0; i < 5; i += 1) {
      burst.push(quiet.track(answerIn(100)))
      await vi.advanceTimersByTimeAsync(800)
    }
    await Promise.all([slow, ...burst])
    expect(task).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1000)
    expect(task).toHaveBeenCalledTimes(1)
  })

  it('runs the latest task once, and a failed call counts as settled', async () => {
    const quiet = new CallQuiet(1000)
    const first = vi.fn()
    const second = vi.fn()
    await expect(quiet.track(Promise.reject(new Error('refused')))).rejects.toThrow('refused')
    quiet.whenQuiet(first)
    quiet.whenQuiet(second)
    await vi.advanceTimersByTimeAsync(3000)
    expect(first).not.toHaveBeenCalled()
    expect(second).toHaveBeenCalledTimes(1)
  })

  it('runs tasks of different names one per pause, in the order asked, and forgets a cancelled one', async () => {
    const quiet = new CallQuiet(1000)
    const ran: string[] = []
    await quiet.track(Promise.resolve('first'))
    for (const name of ['spare', 'gone', 'backup', 'last'])
      quiet.whenQuiet(() => ran.push(name), name)
    quiet.cancel('gone')
    await vi.advanceTimersByTimeAsync(1000)
    expect(ran).toEqual(['spare'])
    // No call since: the next pause is the next quiet time.
    await vi.advanceTimersByTimeAsync(1000)
    expect(ran).toEqual(['spare', 'backup'])
    // A call in between: the last waits for a pause after it.
    await vi.advanceTimersByTimeAsync(500)
    const call = quiet.track(answerIn(10))
    await vi.advanceTimersByTimeAsync(10)
    await call
    await vi.advanceTimersByTimeAsync(999)
    expect(ran).toEqual(['spare', 'backup'])
    await vi.advanceTimersByTimeAsync(1)
    expect(ran).toEqual(['spare', 'backup', 'last'])
    await vi.advanceTimersByTimeAsync(5000)
    expect(ran).toEqual(['spare', 'backup', 'last'])
  })
})
