import fs from 'node:fs'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { NotesExport } from '../../../shared/annotations'
import { ANNOTATIONS_FILE, AnnotationRepository } from './annotation-repository'

function clock() {
  let t = Date.parse('2026-11-23T09:00:00Z')
  return () => new Date((t += 60_000))
}

async function open() {
  const dir = await mkdtemp(join(tmpdir(), 'timeline-notes-'))
  return { dir, repo: await AnnotationRepository.open(dir, clock()) }
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
    const reopened = await AnnotationRepository.open(dir)
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
    const { dir, repo } = await open()
    await repo.add('alaska-summit', 'Alaska summit', 'Saved')
    vi.spyOn(fs, 'rename').mockImplementation(((
      _a: fs.PathLike,
      _b: fs.PathLike,
      callback: fs.NoParamCallback,
    ) =>
      callback(
        Object.assign(new Error('EXDEV: cross-device link'), { code: 'EXDEV' }),
      )) as typeof fs.rename)
    await expect(repo.add('alaska-summit', 'Alaska summit', 'Not saved')).rejects.toThrow('EXDEV')
    vi.restoreAllMocks()
    expect(repo.forEvent('alaska-summit').map((a) => a.text)).toEqual(['Saved'])
    const onDisk = JSON.parse(await readFile(join(dir, ANNOTATIONS_FILE), 'utf8'))
    expect(onDisk.annotations).toHaveLength(1)
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
