import { EventEmitter } from 'node:events'
import { resolve } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { watchTimelineFileRequests } from './timeline-file-requests'

type LockingApp = Parameters<typeof watchTimelineFileRequests>[0]

/** Electron's `on` returns the App itself; an emitter stands in for what is used here. */
function fakeApp(gotLock: boolean): LockingApp & EventEmitter {
  const app = Object.assign(new EventEmitter(), { requestSingleInstanceLock: () => gotLock })
  return app as unknown as LockingApp & EventEmitter
}

const launch = { argv: ['app', 'talks.timeline'], defaultApp: false, cwd: resolve('/home/ana') }

describe('watchTimelineFileRequests', () => {
  it('opens the file given at start', () => {
    const onOpen = vi.fn()
    expect(watchTimelineFileRequests(fakeApp(true), launch, onOpen)).toBe(true)
    expect(onOpen).toHaveBeenCalledWith(resolve('/home/ana/talks.timeline'))
  })

  it('lets the running instance have it when this launch is the second one', () => {
    const app = fakeApp(false)
    const onOpen = vi.fn()
    expect(watchTimelineFileRequests(app, launch, onOpen)).toBe(false)
    expect(onOpen).not.toHaveBeenCalled()
    expect(app.eventNames()).toEqual([])
  })

  it('leaves open-file alone for other files', () => {
    const app = fakeApp(true)
    const onOpen = vi.fn()
    watchTimelineFileRequests(app, { ...launch, argv: ['app'] }, onOpen)
    let prevented = false
    app.emit('open-file', { preventDefault: () => (prevented = true) }, '/Users/ana/notes.json')
    expect(prevented).toBe(false)
    expect(onOpen).not.toHaveBeenCalled()
  })
})
