// A timeline file closed (the app quitting, another file opened) is left whole: the file alone
// holds every edit, with no write-ahead log beside it, even while its background check reads it.
import { existsSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout } from 'node:timers/promises'
import { Worker } from 'node:worker_threads'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { BUNDLED_DATA } from '../test-support/editable-timeline'
import { readFileAlone } from '../test-support/file-alone'
import { generateStore } from '../test-support/generate-store'
import { TimelineRepository } from '../timeline/timeline-repository'
import { Workspace } from './workspace'

/** Enough events that SQLite's check of the file takes a while (about 0.4 s here). */
const EVENTS = 20_000

afterEach(() => vi.restoreAllMocks())

/** A track's label as the timeline's main file alone holds it. */
function labelInFileAlone(path: string, trackId: string): string | null {
  return readFileAlone(path, (db) => {
    const row = db.prepare('SELECT label FROM tracks WHERE id = ?').get(trackId)
    return (row as { label: string } | undefined)?.label ?? null
  })
}

describe('a timeline file closed while its integrity check reads it', () => {
  it('is left whole: the file alone holds the last edit, with no log beside it', async () => {
    const files = await mkdtemp(join(tmpdir(), 'timeline-close-'))
    const path = join(files, 'large.timeline')
    TimelineRepository.create(path, { title: 'Large', description: '' }, generateStore(EVENTS))
    const checking = new Promise<void>((resolve) => {
      const once = Worker.prototype.once
      vi.spyOn(Worker.prototype, 'once').mockImplementation(function (this: Worker, ...args) {
        resolve()
        return once.apply(this, args)
      })
    })
    const workspace = await Workspace.start({
      dataDir: BUNDLED_DATA,
      userDataDir: join(files, 'user'),
      now: () => new Date(),
      timelinePath: path,
      integrityDelayMs: 0,
      timelineBackupDelayMs: 600_000,
    })
    await checking
    // The check's thread opens the file and reads on: the edit is made, and the file closed,
    // while it does.
    await setTimeout(50)
    await workspace.edit((editor, at) =>
      editor.saveCatalogueItem(
        { kind: 'track', track: { id: 'track-1', label: 'Renamed at the end', colour: '#336699' } },
        at,
      ),
    )
    await workspace.close()

    expect(existsSync(`${path}-wal`)).toBe(false)
    expect(labelInFileAlone(path, 'track-1')).toBe('Renamed at the end')
  }, 60_000)
})
