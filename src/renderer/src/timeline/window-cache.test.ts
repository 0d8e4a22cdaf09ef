import { describe, expect, it, vi } from 'vitest'
import { WindowCache } from './window-cache'

const DAY = 86_400_000
const week = { start: 0, end: 7 * DAY }

describe('the timeline window cache', () => {
  it('asks once per window and hands out the answer once it has come', async () => {
    const cache = new WindowCache<string>(4)
    const ask = vi.fn(() => Promise.resolve('week'))
    const first = cache.request('view', week, ask)
    expect(first.result).toBeUndefined()
    await first.answer
    const again = cache.request('view', week, ask)
    expect(ask).toHaveBeenCalledTimes(1)
    expect(again.result).toBe('week')
  })

  it('finds a window whose edges moved by a rounding, not one that moved by a pan', async () => {
    const cache = new WindowCache<string>(4)
    await cache.request('view', week, () => Promise.resolve('week')).answer
    expect(cache.find('view', { start: 0.4, end: 7 * DAY - 0.6 })?.result).toBe('week')
    expect(cache.find('view', { start: DAY, end: 8 * DAY })).toBeUndefined()
  })

  it('keeps answers apart per view and drops other views once the view changes', async () => {
    const cache = new WindowCache<string>(4)
    await cache.request('all events', week, () => Promise.resolve('all')).answer
    expect(cache.find('search "kyiv"', week)).toBeUndefined()
    await cache.request('search "kyiv"', week, () => Promise.resolve('kyiv')).answer
    expect(cache.find('search "kyiv"', week)?.result).toBe('kyiv')
    expect(cache.find('all events', week)).toBeUndefined()
  })

  it('forgets the least recently used window first', async () => {
    const cache = new WindowCache<number>(2)
    const span = (i: number) => ({ start: i * 10 * DAY, end: (i * 10 + 7) * DAY })
    await cache.request('view', span(1), () => Promise.resolve(1)).answer
    await cache.request('view', span(2), () => Promise.resolve(2)).answer
    cache.find('view', span(1))
    await cache.request('view', span(3), () => Promise.resolve(3)).answer
    expect(cache.find('view', span(1))?.result).toBe(1)
    expect(cache.find('view', span(2))).toBeUndefined()
    expect(cache.find('view', span(3))?.result).toBe(3)
  })

  it('forgets a failed answer, so the window is asked again', async () => {
    const cache = new WindowCache<string>(4)
    const failed = cache.request('view', week, () => Promise.reject(new Error('core busy')))
    await expect(failed.answer).rejects.toThrow('core busy')
    await Promise.resolve()
    expect(cache.find('view', week)).toBeUndefined()
    const ask = vi.fn(() => Promise.resolve('week'))
    await cache.request('view', week, ask).answer
    expect(ask).toHaveBeenCalledTimes(1)
  })
})
