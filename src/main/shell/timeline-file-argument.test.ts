import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { timelineFileArgument, timelineFilePath } from './timeline-file-argument'

const cwd = resolve('/home/ana')
const packaged = { defaultApp: false, cwd }

describe('timelineFileArgument', () => {
  it('finds the double-clicked file of a packaged app', () => {
    const file = resolve('/home/ana/talks.timeline')
    expect(timelineFileArgument(['/opt/Diplomatic Timeline/app', file], packaged)).toBe(file)
  })

  it('skips the app folder of `electron .` and Chromium switches', () => {
    const argv = ['electron', '.', '--no-sandbox', '--inspect=9229', 'notes/Alaska.TIMELINE']
    expect(timelineFileArgument(argv, { defaultApp: true, cwd })).toBe(
      join(cwd, 'notes', 'Alaska.TIMELINE'),
    )
    expect(timelineFileArgument(['electron', 'x.timeline'], { defaultApp: true, cwd })).toBeNull()
  })

  it('reads a file:// URL as a desktop entry passes it', () => {
    const file = resolve('/home/ana/Peace talks.timeline')
    expect(timelineFileArgument(['app', pathToFileURL(file).href], packaged)).toBe(file)
  })

  it('opens nothing for other files, switches or no argument', () => {
    expect(timelineFileArgument(['app'], packaged)).toBeNull()
    expect(timelineFileArgument(['app', 'notes.json', '--x.timeline'], packaged)).toBeNull()
    expect(timelineFileArgument(['app', 'timeline'], packaged)).toBeNull()
  })
})

describe('timelineFilePath', () => {
  it('refuses a URL that is not a local file', () => {
    expect(timelineFilePath('file://server/share/x.timeline', cwd)).toBeNull()
  })
})
