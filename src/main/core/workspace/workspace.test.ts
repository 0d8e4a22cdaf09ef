import { execFileSync } from 'node:child_process'
import {
  copyFile,
  mkdtemp,
  readdir,
  readFile,
  rm,
  stat,
  truncate,
  writeFile,
} from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { afterEach, describe, expect, it } from 'vitest'
import { CallQuiet } from '../call-quiet'
import { damageSearchIndex } from '../test-support/damaged-timeline'
import { mountSmallDisk } from '../test-support/small-disk'
import { TIMELINE_DATABASE } from '../timeline/timeline-schema'
import { SAMPLE_TIMELINE_ID } from './open-timeline'
import { TIMELINE_SAVES_PER_BACKUP } from './timeline-backups'
import { Workspace } from './workspace'

const DATA_DIR = join(__dirname, '..', '..', '..', '..', 'data')
const opened: Workspace[] = []

afterEach(async () => {
  for (const workspace of opened.splice(0)) await workspace.close()
})

async function start(userDataDir?: string, timelinePath?: string, integrityDelayMs = 0) {
  const dir = userDataDir ?? (await mkdtemp(join(tmpdir(), 'timeline-ws-user-')))
  const workspace = await Workspace.start({
    dataDir: DATA_DIR,
    userDataDir: dir,
    now: () => new Date(),
    timelinePath,
    timelineBackupDelayMs: 0,
    integrityDelayMs,
  })
  opened.push(workspace)
  return { workspace, dir }
}

async function folder(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'timeline-ws-files-'))
}

/** A copy of the sample saved as a timeline file, closed, then a page of its index damaged. */
async function damagedTimelineFile(): Promise<string> {
  const { workspace } = await start()
  const path = join(await folder(), 'damaged.timeline')
  await workspace.saveCopy(path)
  await workspace.close()
  opened.splice(opened.indexOf(workspace), 1)
  await damageSearchIndex(path)
  return path
}

describe('Workspace', () => {
  it('opens the bundled sample read-only at first start', async () => {
    const { workspace } = await start()
    const info = workspace.info()
    expect(info).toMatchObject({ id: SAMPLE_TIMELINE_ID, isSample: true, path: null })
    expect(info.readOnlyReason).toMatch(/bundled sample/)
    expect(info.tracks.map((t) => t.label)).toContain('Mediators (Qatar, Türkiye)')
    expect(await workspace.current().store.title('alaska-summit')).toMatch(/Alaska/)
  })

  it('saves a copy of the sample with my notes, opens it, and reopens it at the next start', async () => {
    const { workspace, dir } = await start()
    await workspace.current().notes.add('alaska-summit', 'Alaska', 'My note on the sample')
    const path = join(await folder(), 'my talks.timeline')
    const copy = await workspace.saveCopy(path)
    expect(copy).toMatchObject({ title: 'my talks', path, isSample: false, readOnlyReason: null })
    expect(copy.id).not.toBe(SAMPLE_TIMELINE_ID)
    expect((await workspace.current().store.status()).eventCount).toBeGreaterThanOrEqual(20)
    expect(
      workspace
        .current()
        .notes.all()
        .map((n) => n.text),
    ).toEqual(['My note on the sample'])
    await workspace.close()
    opened.length = 0

    const { workspace: again } = await start(dir)
    expect(again.info()).toMatchObject({ id: copy.id, path })
    expect(
      again
        .current()
        .notes.all()
        .map((n) => n.text),
    ).toEqual(['My note on the sample'])
    expect(again.recent()[0]).toEqual({ path, title: 'my talks' })
  })

  it('backs an open timeline file up into the user-data folder, not beside the file', async () => {
    const { workspace, dir } = await start()
    const info = await workspace.saveCopy(join(await folder(), 'kept.timeline'))
    const outcome = await workspace.timelineBackup
    expect(outcome).toEqual({
      kind: 'written',
      path: join(dir, 'backups', 'timelines', info.id, 'timeline.backup-1.sqlite'),
    })
    const copy = new DatabaseSync(
      join(dir, 'backups', 'timelines', info.id, 'timeline.backup-1.sqlite'),
    )
    const events = (await workspace.current().store.listEvents({})).length
    expect(events).toBeGreaterThan(20)
    expect(copy.prepare('SELECT count(*) AS n FROM events').get()).toEqual({ n: events })
    copy.close()
  })

  it(`backs the open timeline up again after every ${TIMELINE_SAVES_PER_BACKUP} saves, with the last one in`, async () => {
    const { workspace, dir } = await start()
    const info = await workspace.saveCopy(join(await folder(), 'busy.timeline'))
    await workspace.timelineBackup
    const backups = join(dir, 'backups', 'timelines', info.id)
    const rename = (n: number) =>
      workspace.edit((editor, at) =>
        editor.saveCatalogueItem(
          { kind: 'track', track: { id: 'united-states', label: `US ${n}`, colour: '#1f4e79' } },
          at,
        ),
      )
    for (let n = 1; n < TIMELINE_SAVES_PER_BACKUP; n += 1) await rename(n)
    await workspace.timelineBackup
    expect(await readdir(backups)).toEqual(['timeline.backup-1.sqlite'])
    await rename(TIMELINE_SAVES_PER_BACKUP)
    await workspace.timelineBackup
    expect((await readdir(backups)).sort()).toEqual([
      'timeline.backup-1.sqlite',
      'timeline.backup-2.sqlite',
    ])
    const newest = new DatabaseSync(join(backups, 'timeline.backup-1.sqlite'), { readOnly: true })
    expect(newest.prepare("SELECT label FROM tracks WHERE id = 'united-states'").get()).toEqual({
      label: `US ${TIMELINE_SAVES_PER_BACKUP}`,
    })
    newest.close()
  })

  it('creates an empty timeline with one track, ready to write', async () => {
    const { workspace } = await start()
    const path = join(await folder(), 'Gaza talks.timeline')
    const info = await workspace.create(path)
    expect(info).toMatchObject({ title: 'Gaza talks', readOnlyReason: null })
    expect(info.tracks).toHaveLength(1)
    expect((await workspace.current().store.status()).eventCount).toBe(0)
    await workspace.current().notes.add('nothing-yet', 'Nothing', 'Notes work on it too')
  })

  describe('refuses a file that is not a timeline, names it, and keeps the open one', () => {
    const cases: Array<[string, (path: string) => Promise<void>, RegExp]> = [
      ['a PDF', (p) => writeFile(p, '%PDF-1.7\n%âãÏÓ\n1 0 obj'), /not a timeline file/],
      ['a zero-byte file', (p) => writeFile(p, ''), /the file is empty \(0 bytes\)/],
      [
        'random bytes',
        (p) => writeFile(p, Buffer.from(Array.from({ length: 5000 }, (_, i) => (i * 31) % 256))),
        /not a timeline file/,
      ],
      ['a path that vanished', async () => undefined, /the file no longer exists/],
      [
        'another app’s SQLite database',
        async (p) => {
          execFileSync(process.execPath, [
            '-e',
            `new (require('node:sqlite').DatabaseSync)(${JSON.stringify(p)}).exec('CREATE TABLE t (x)')`,
          ])
        },
        /a SQLite database, but not a timeline/,
      ],
    ]
    for (const [name, make, message] of cases) {
      it(name, async () => {
        const { workspace } = await start()
        const path = join(await folder(), 'bad.timeline')
        await make(path)
        const before = await readFile(path).catch(() => null)
        await expect(workspace.openFile(path)).rejects.toThrow(message)
        await expect(workspace.openFile(path)).rejects.toThrow(
          /^"bad.timeline" could not be opened: /,
        )
        expect(workspace.info().isSample).toBe(true)
        expect(await readFile(path).catch(() => null)).toEqual(before)
      })
    }

    it('a timeline from a newer version of the app', async () => {
      const { workspace } = await start()
      const path = join(await folder(), 'newer.timeline')
      await workspace.saveCopy(path)
      await workspace.openFile(join(await folder(), 'x.timeline')).catch(() => undefined)
      const other = join(await folder(), 'bad.timeline')
      await copyFile(path, other)
      // user_version lives at byte 60 of the header.
      const bytes = await readFile(other)
      bytes.writeUInt32BE(7, 60)
      await writeFile(other, bytes)
      await expect(workspace.openFile(other)).rejects.toThrow(
        `it was made by a newer version of the app (format 7; this version reads up to ${TIMELINE_DATABASE.migrations.length})`,
      )
      expect(workspace.info().path).toBe(path)
    })

    it('a truncated timeline', async () => {
      const { workspace } = await start()
      const path = join(await folder(), 'whole.timeline')
      await workspace.saveCopy(path)
      const cut = join(await folder(), 'cut.timeline')
      await copyFile(path, cut)
      await truncate(cut, Math.floor((await stat(cut)).size / 3))
      const outcome = await workspace.openFile(cut).then(
        (info) => info.readOnlyReason,
        (error: Error) => error.message,
      )
      // Either refused with its name, or opened read-only to save what can be read.
      expect(outcome).toMatch(/"cut.timeline" could not be opened|damaged/)
    })
  })

  it('opens a damaged timeline read-only, offering to save a copy', async () => {
    const path = await damagedTimelineFile()
    const { workspace: again } = await start(undefined, path)
    expect(again.info().path).toBe(path)
    await again.integrityChecked()
    expect(again.info().readOnlyReason).toMatch(/^The file is damaged \(.+\); save a copy/)
    expect(await again.current().store.title('alaska-summit')).toMatch(/Alaska/)
    // What can be read is saved to a sound copy, which opens for writing.
    const salvaged = await again.saveCopy(join(await folder(), 'salvaged.timeline'))
    expect(salvaged.readOnlyReason).toBeNull()
  })

  it('checks a timeline only once the calls pause: not while the user works', async () => {
    const path = await damagedTimelineFile()
    const quiet = new CallQuiet(20)
    let answer = () => {}
    const call = quiet.track(new Promise<void>((resolve) => (answer = resolve)))
    const again = await Workspace.start({
      dataDir: DATA_DIR,
      userDataDir: await mkdtemp(join(tmpdir(), 'timeline-ws-user-')),
      now: () => new Date(),
      timelinePath: path,
      integrityDelayMs: 0,
      callQuiet: quiet,
    })
    opened.push(again)
    let checked = false
    again.integrityChecked().then(
      () => (checked = true),
      () => undefined,
    )
    await new Promise((resolve) => setTimeout(resolve, 500))
    // A call in flight all along: the whole-file check has not begun.
    expect(checked).toBe(false)
    expect(again.info().readOnlyReason).toBeNull()
    answer()
    await call
    await again.integrityChecked()
    expect(again.info().readOnlyReason).toMatch(/^The file is damaged/)
  })

  it('stops the check of a timeline closed before it ran: it never reads the file on', async () => {
    const { workspace } = await start(undefined, undefined, 60_000)
    const files = await folder()
    await workspace.saveCopy(join(files, 'first.timeline'))
    const first = workspace.current()
    await workspace.saveCopy(join(files, 'second.timeline'))
    // Resolved at once (the test would time out waiting the minute otherwise).
    expect(await first.integrity).toBeNull()
  })

  it('opens a timeline read-only in a second window while the first has it', async () => {
    const { workspace } = await start()
    const path = join(await folder(), 'shared.timeline')
    await workspace.saveCopy(path)
    const { workspace: second } = await start(undefined, path)
    expect(second.info().readOnlyReason).toBe('It is open in another window or program')
    await workspace.close()
    opened.splice(opened.indexOf(workspace), 1)
    const { workspace: third } = await start(undefined, path)
    expect(third.info().readOnlyReason).toBeNull()
  })

  it('says so when the last timeline is gone, and opens the sample', async () => {
    const { workspace, dir } = await start()
    const path = join(await folder(), 'gone.timeline')
    await workspace.saveCopy(path)
    await workspace.close()
    opened.length = 0
    await rm(path)
    const { workspace: again } = await start(dir)
    expect(again.info().isSample).toBe(true)
    expect(again.notices.map((n) => n.message).join()).toMatch(
      /"gone.timeline" could not be opened: the file no longer exists/,
    )
  })

  it('a copy to a full disk fails with a message, and no partial file is left', async () => {
    const mounted = await mountSmallDisk(256)
    if ('skipped' in mounted) return console.warn(`skipped: ${mounted.skipped}`)
    const { disk } = mounted
    try {
      const { workspace } = await start()
      const path = join(disk.dir, 'copy.timeline')
      await disk.fill()
      await expect(workspace.saveCopy(path)).rejects.toThrow(
        '"copy.timeline" could not be saved: The disk is full. Nothing was written.',
      )
      expect(await stat(path).catch(() => null)).toBeNull()
      expect(workspace.info().isSample).toBe(true)
    } finally {
      await disk.unmount()
    }
  })

  it('a read-only file opens read-only', async () => {
    const mounted = await mountSmallDisk(4096)
    if ('skipped' in mounted) return console.warn(`skipped: ${mounted.skipped}`)
    const { disk } = mounted
    try {
      const { workspace } = await start()
      const path = join(disk.dir, 'archive.timeline')
      await workspace.saveCopy(path)
      await workspace.close()
      opened.length = 0
      execFileSync('mount', ['-o', 'remount,ro', disk.dir])
      const { workspace: again } = await start(undefined, path)
      expect(again.info()).toMatchObject({ path, readOnlyReason: 'The file is read-only' })
      expect(await again.current().store.title('alaska-summit')).toMatch(/Alaska/)
      await again.close()
      opened.length = 0
    } finally {
      await disk.unmount()
    }
  })
})
