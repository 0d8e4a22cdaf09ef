import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { NotesExport } from '../../../shared/annotations'
import { WriteFailedError } from '../sqlite/sqlite-errors'
import { UserDatabase } from '../user-data/user-database'
import { AnnotationRepository } from './annotation-repository'

const TIMELINE = 'timeline-under-test'

async function reopen(dir: string, timelineId = TIMELINE) {
  return new AnnotationRepository(await UserDatabase.open(dir), timelineId)
}

function clock() {
  let t = Date.parse('2026-11-23T09:00:00Z')
  return () => new Date((t += 60_000))
}

async function open() {
  const dir = await mkdtemp(join(tmpdir(), 'timeline-notes-'))
  const db = await UserDatabase.open(dir, clock())
  return { dir, db, repo: new AnnotationRepository(db, TIMELINE, clock()) }
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('AnnotationRepository', () => {
  it('adds, edits and deletes notes, newest first, each change on disk', async () => {
    const { dir, repo } = await open()
    const first = await repo.add('alaska-summit', 'Alaska summit', 'First thought')
    const second = await repo.add('alaska-summit', 'Alaska summit', 'Second thought')
    await repo.add('miami-meetings', 'Miami', 'Elsewhere')
    expect(repo.forEvent('alaska-summit').map((a) => a.text)).toEqual([
      'Second thought',
      'First thought',
    ])

    const edited = await repo.update(first.id, 'First thought, revised')
    expect(edited.createdAt).toBe(first.createdAt)
    expect(edited.updatedAt > first.updatedAt).toBe(true)

    await repo.remove(second.id)
    const reopened = await reopen(dir)
    expect(reopened.forEvent('alaska-summit').map((a) => a.text)).toEqual([
      'First thought, revised',
    ])
    expect(reopened.overlay().counts).toEqual(
      new Map([
        ['alaska-summit', 1],
        ['miami-meetings', 1],
      ]),
    )
  })

  it('puts a deleted note back exactly as it was', async () => {
    const { repo } = await open()
    const note = await repo.add('alaska-summit', 'Alaska summit', 'Keep me')
    const removed = await repo.remove(note.id)
    expect(await repo.restore(removed)).toEqual(note)
    expect(repo.forEvent('alaska-summit')).toEqual([note])
    await expect(repo.restore(removed)).rejects.toThrow('already there')
  })

  it('finds notes by their folded text', async () => {
    const { repo } = await open()
    await repo.add('ankara', 'Ankara', 'Erdoğan offered **Istanbul** again')
    expect(repo.overlay().text.get('ankara')).toContain('erdogan offered')
  })

  it('changes nothing in memory when the save fails', async () => {
    const { dir, db, repo } = await open()
    await repo.add('alaska-summit', 'Alaska summit', 'Saved')
    vi.spyOn(db, 'insertNotes').mockImplementation(() => {
      throw new WriteFailedError('your note', { errcode: 13 })
    })
    await expect(repo.add('alaska-summit', 'Alaska summit', 'Not saved')).rejects.toThrow(
      'The disk is full: your note was not saved.',
    )
    vi.restoreAllMocks()
    expect(repo.forEvent('alaska-summit').map((a) => a.text)).toEqual(['Saved'])
    expect((await reopen(dir)).all()).toHaveLength(1)
  })

  it("keeps each timeline's notes apart", async () => {
    const { dir, repo } = await open()
    await repo.add('alaska-summit', 'Alaska summit', 'On this timeline')
    const other = await reopen(dir, 'another-timeline')
    expect(other.all()).toEqual([])
    await other.add('alaska-summit', 'Alaska summit', 'On the other one')
    expect((await reopen(dir)).all().map((a) => a.text)).toEqual(['On this timeline'])
  })

  it('merges an import: new notes added, identical ones not duplicated, conflicts kept both', async () => {
    const { repo } = await open()
    const mine = await repo.add('alaska-summit', 'Alaska summit', 'Mine')
    const other = await repo.add('miami-meetings', 'Miami', 'Original')
    const exported: NotesExport = {
      format: 'diplomatic-timeline-notes',
      schemaVersion: 1,
      exportedAt: '2026-11-23T10:00:00Z',
      annotations: [
        mine,
        { ...other, text: 'Edited on another machine' },
        {
          ...mine,
          id: '0b6f3f8e-5d0c-4a34-9c55-1d2a3b4c5d6e',
          text: 'From a colleague',
        },
      ],
    }
    expect(await repo.importNotes(exported)).toEqual({ added: 1, keptSideBySide: 1, unchanged: 1 })
    expect(
      repo
        .all()
        .map((a) => a.text)
        .sort(),
    ).toEqual(['Edited on another machine', 'From a colleague', 'Mine', 'Original'])
    expect(await repo.importNotes(exported)).toEqual({ added: 0, keptSideBySide: 0, unchanged: 3 })
    expect(repo.all()).toHaveLength(4)
  })
})
