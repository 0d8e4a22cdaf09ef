// Source documents kept in a timeline file: stored whole with the SHA-256 of the file's bytes,
// handed out only while they still hash the same, checked again on demand, and refused with
// a reason when empty, too large or not a document.
import { createHash } from 'node:crypto'
import { mkdtemp, readFile, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { afterEach, describe, expect, it } from 'vitest'
import {
  openEditable,
  sampleTimelineFile,
  type EditableTimeline,
} from '../test-support/editable-timeline'
import { TimelineRepository } from '../timeline/timeline-repository'
import { shelfOf } from './timeline-documents'

const AT = '2026-11-30T09:00:00.000Z'
const CLAIM = { eventId: 'driscoll-kyiv-visit', claimId: 'c5' }
let open: EditableTimeline[] = []

afterEach(() => {
  for (const t of open) t.close()
  open = []
})

async function setup() {
  const dir = await mkdtemp(join(tmpdir(), 'timeline-documents-'))
  const t = openEditable(await sampleTimelineFile(dir))
  open.push(t)
  return { dir, t, shelf: shelfOf(t.repository.editTables()) }
}

async function file(dir: string, name: string, bytes: Buffer | string): Promise<string> {
  const path = join(dir, name)
  await writeFile(path, bytes)
  return path
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

describe('source documents', () => {
  it('keeps a file with its SHA-256, size, type, name and time, and hands out the same bytes', async () => {
    const { dir, shelf } = await setup()
    // Over a chunk and a half, so the bytes cross a chunk boundary.
    const bytes = Buffer.from(Array.from({ length: 1_600_000 }, (_, i) => i % 251))
    const path = await file(dir, 'Peskov statement.pdf', bytes)
    const stored = shelf.attach(CLAIM, path, AT)
    expect(stored).toMatchObject({
      target: CLAIM,
      name: 'Peskov statement.pdf',
      mediaType: 'application/pdf',
      size: bytes.length,
      sha256: sha256(bytes),
      attachedAt: AT,
    })
    expect(shelf.list('driscoll-kyiv-visit', [])).toEqual([stored])
    const copy = shelf.copyOut(stored.id, join(dir, 'out'))
    expect(sha256(await readFile(copy))).toBe(stored.sha256)
    expect(shelf.verify()).toEqual({ checked: 1, changed: [], missing: [] })
  })

  it('lists a source’s documents with every event that cites the source', async () => {
    const { dir, shelf } = await setup()
    const stored = shelf.attach(
      { sourceId: 'kremlin' },
      await file(dir, 'readout.html', '<p>Text</p>'),
      AT,
    )
    expect(stored.mediaType).toBe('text/html')
    expect(shelf.list('any-event', ['kremlin'])).toEqual([stored])
    expect(shelf.list('any-event', ['nbc-news'])).toEqual([])
  })

  it('finds a document whose bytes changed or went missing inside the file', async () => {
    const { dir, t, shelf } = await setup()
    const changed = shelf.attach(CLAIM, await file(dir, 'a.txt', 'The original words.'), AT)
    const missing = shelf.attach(CLAIM, await file(dir, 'b.txt', 'Other words.'), AT)
    const db = new DatabaseSync(t.path)
    db.prepare('UPDATE document_chunks SET bytes = ? WHERE document_id = ?').run(
      Buffer.from('The altered words.'),
      changed.id,
    )
    db.prepare('DELETE FROM document_chunks WHERE document_id = ?').run(missing.id)
    db.close()
    expect(shelf.verify()).toEqual({
      checked: 2,
      changed: [{ id: changed.id, name: 'a.txt' }],
      missing: [{ id: missing.id, name: 'b.txt' }],
    })
    expect(() => shelf.copyOut(changed.id, join(dir, 'out'))).toThrow(
      '“a.txt” has changed since it was attached; it was not opened.',
    )
  })

  it('refuses an empty file, one over 200 MB, a program, and a claim that is not there', async () => {
    const { dir, shelf } = await setup()
    const empty = await file(dir, 'empty.pdf', '')
    expect(() => shelf.attach(CLAIM, empty, AT)).toThrow(
      '“empty.pdf” is empty: there is nothing to keep.',
    )
    const huge = await file(dir, 'huge.pdf', '')
    await truncate(huge, 200 * 1024 * 1024 + 1)
    expect(() => shelf.attach(CLAIM, huge, AT)).toThrow(
      '“huge.pdf” is 200.1 MB; a document can be at most 200 MB.',
    )
    const program = await file(dir, 'setup.exe', 'MZ')
    expect(() => shelf.attach(CLAIM, program, AT)).toThrow('“setup.exe” cannot be attached')
    const text = await file(dir, 'note.txt', 'words')
    expect(() =>
      shelf.attach({ eventId: 'driscoll-kyiv-visit', claimId: 'c99' }, text, AT),
    ).toThrow('no longer in the timeline')
    expect(shelf.verify().checked).toBe(0)
  })

  it('stays inside the one timeline file: a copy of the file carries its documents', async () => {
    const { dir, t, shelf } = await setup()
    const stored = shelf.attach(CLAIM, await file(dir, 'kept.txt', 'Kept words.'), AT)
    const copyPath = join(dir, 'copy.timeline')
    t.repository.copyTo(copyPath)
    const copy = TimelineRepository.open(copyPath, { readOnly: true })
    try {
      const copied = shelfOf(copy.editTables())
      expect(copied.list('driscoll-kyiv-visit', [])).toEqual([stored])
      expect(copied.verify()).toEqual({ checked: 1, changed: [], missing: [] })
    } finally {
      copy.close()
    }
  })
})
