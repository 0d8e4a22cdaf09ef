// A timeline file is backed up while the user keeps editing it, as the app runs it: its store
// in a thread of its own, the edits and the backup both asked of the workspace.
import { mkdtemp } from 'node:fs/promises'
import { setTimeout } from 'node:timers/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bundleScript, STORE_WORKER_SOURCE } from '../test-support/bundle-script'
import { generateStore } from '../test-support/generate-store'
import { TimelineRepository } from '../timeline/timeline-repository'
import type { BackupOutcome } from '../sqlite/database-backups'
import { Workspace } from './workspace'

const DATA_DIR = join(__dirname, '..', '..', '..', '..', 'data')
/** Enough events that the copy takes many steps (about 3,000 pages), each a chance to edit. */
const EVENTS = 8000
const EDITS_AT_MOST = 300
const PAUSE_MS = 5

let script: string
const opened: Workspace[] = []

beforeAll(async () => {
  script = await bundleScript(STORE_WORKER_SOURCE)
})

afterAll(async () => {
  for (const workspace of opened.splice(0)) await workspace.close()
})

function labelIn(path: string, trackId: string): string {
  const db = new DatabaseSync(path, { readOnly: true })
  try {
    return (db.prepare('SELECT label FROM tracks WHERE id = ?').get(trackId) as { label: string })
      .label
  } finally {
    db.close()
  }
}

describe('a timeline backed up while the user keeps editing it', () => {
  it('is backed up all the same, as it stood with the edits made meanwhile', async () => {
    const files = await mkdtemp(join(tmpdir(), 'timeline-backup-editing-'))
    const path = join(files, 'busy.timeline')
    TimelineRepository.create(path, { title: 'Busy', description: '' }, generateStore(EVENTS))
    const userDataDir = join(files, 'user')
    const workspace = await Workspace.start({
      dataDir: DATA_DIR,
      userDataDir,
      now: () => new Date(),
      timelinePath: path,
      storeWorkerScript: script,
      timelineBackupDelayMs: 0,
      integrityDelayMs: 60_000,
    })
    opened.push(workspace)
    const { id } = workspace.info()

    let outcome: BackupOutcome | null | undefined
    const backedUp = workspace.timelineBackup.then((done) => (outcome = done))
    let edits = 0
    // An edit every few milliseconds until the backup is done: far faster than a person edits,
    // with the pauses between edits far shorter than the copy takes. An edit written through a
    // connection other than the backup's starts the copy over: it then never finishes, and the
    // edits run out.
    while (outcome === undefined && edits < EDITS_AT_MOST) {
      edits += 1
      const label = `Track 1, edit ${edits}`
      await workspace.edit((editor, at) =>
        editor.saveCatalogueItem(
          { kind: 'track', track: { id: 'track-1', label, colour: '#336699' } },
          at,
        ),
      )
      await setTimeout(PAUSE_MS)
    }

    expect(outcome, `the backup was not done after ${edits} edits`).toMatchObject({
      kind: 'written',
    })
    await backedUp
    // The copy and the edits went on together: a backup done before the first edit proves nothing.
    expect(edits).toBeGreaterThan(3)
    const backups = join(userDataDir, 'backups', 'timelines', id)
    // As the file stood when the copy ended: some edits in, the last ones for the next backup.
    const copied = /^Track 1, edit (\d+)$/.exec(
      labelIn(join(backups, 'timeline.backup-1.sqlite'), 'track-1'),
    )
    expect(Number(copied?.[1])).toBeGreaterThan(0)
    expect(Number(copied?.[1])).toBeLessThanOrEqual(edits)
  })
})
