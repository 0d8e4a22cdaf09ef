// The upkeep the store thread does while the app is quiet (see `tidyTimelineFile`): the search
// index split up by edits is merged again, the log reaches the file, and nothing is lost.
import { DatabaseSync } from 'node:sqlite'
import { afterEach, describe, expect, it } from 'vitest'
import {
  draftOf,
  openEditable,
  sampleTimelineFile,
  type EditableTimeline,
} from '../test-support/editable-timeline'
import { titleInFileAlone } from '../test-support/file-alone'
import { TimelineRepository } from './timeline-repository'

const AT = '2026-12-01T09:00:00.000Z'

let opened: EditableTimeline | null = null
afterEach(() => opened?.close())

/** Retitles the timeline's fourth event `count` times, one edit after another. */
function editedTimelineOn(t: EditableTimeline, count: number): string {
  const id = t.store.listEvents({})[3]!.id
  for (let i = 0; i < count; i += 1) {
    const event = { ...draftOf(t.repository.editTables().event(id)!), title: `Retitled ${i}` }
    t.editor.saveEvent({ id, event, newSources: [], newActors: [] }, AT)
  }
  return id
}

/** The sample as a file of one's own, with its fourth event retitled `count` times. */
async function editedTimeline(count: number): Promise<{ t: EditableTimeline; id: string }> {
  const t = openEditable(await sampleTimelineFile())
  opened = t
  return { t, id: editedTimelineOn(t, count) }
}

/** Looks into the file from another connection, as SQLite's own tools would. */
function inspect<T>(path: string, look: (db: DatabaseSync) => T): T {
  const db = new DatabaseSync(path)
  try {
    return look(db)
  } finally {
    db.close()
  }
}

/** How many separate pieces (FTS5 segments) the search index is in. */
function searchSegments(path: string): number {
  return inspect(path, (db) => {
    const row = db.prepare('SELECT count(DISTINCT segid) AS n FROM events_fts_idx').get()
    return Number((row as { n: number }).n)
  })
}

function tidyUntilDone(repository: TimelineRepository): number {
  let steps = 1
  while (repository.tidy()) steps += 1
  return steps
}

/** FTS5's merge settings as the file holds them (none: SQLite's defaults). */
function mergeSettings(path: string): Record<string, number> {
  return inspect(path, (db) =>
    Object.fromEntries(
      (
        db
          .prepare("SELECT k, v FROM events_fts_config WHERE k IN ('automerge', 'crisismerge')")
          .all() as Array<{ k: string; v: number }>
      ).map(({ k, v }) => [k, Number(v)]),
    ),
  )
}

describe('merging the search index only while the app is quiet', () => {
  it('never merges it inside an edit: 30 edits in a row each add a piece', async () => {
    const { t } = await editedTimeline(0)
    // As the store thread does when it opens a file for writing.
    t.repository.leaveMergingToQuietMoments()
    const first = searchSegments(t.path)
    editedTimelineOn(t, 30)
    // SQLite's defaults merge a level inside the commits that fill it (the 14th edit here).
    expect(searchSegments(t.path)).toBe(first + 30)
    tidyUntilDone(t.repository)
    expect(searchSegments(t.path)).toBeLessThanOrEqual(3)
  })

  it('lets an import merge as it writes, and takes the merging back at the next quiet moment', async () => {
    const { t } = await editedTimeline(0)
    t.repository.leaveMergingToQuietMoments()
    expect(mergeSettings(t.path)).toEqual({ automerge: 0, crisismerge: 64 })

    t.repository.prepareForBulkWrite()
    expect(mergeSettings(t.path)).toEqual({ automerge: 4, crisismerge: 16 })

    tidyUntilDone(t.repository)
    expect(mergeSettings(t.path)).toEqual({ automerge: 0, crisismerge: 64 })
  })

  it('leaves a file opened read-only as SQLite set it', async () => {
    const path = await sampleTimelineFile()
    const reader = TimelineRepository.open(path, { readOnly: true })
    try {
      reader.leaveMergingToQuietMoments()
    } finally {
      reader.close()
    }
    expect(mergeSettings(path)).toEqual({})
  })
})

describe('tidying a timeline file while the app is quiet', () => {
  it('merges the search index that edits split up, and search still finds every edit', async () => {
    const { t, id } = await editedTimeline(12)
    const before = searchSegments(t.path)
    // Each edit adds a piece; only SQLite's own merging, inside later edits, would join them.
    expect(before).toBeGreaterThanOrEqual(4)

    expect(tidyUntilDone(t.repository)).toBeGreaterThan(1)

    expect(searchSegments(t.path)).toBeLessThan(before)
    expect(searchSegments(t.path)).toBeLessThanOrEqual(3)
    inspect(t.path, (db) =>
      db.exec("INSERT INTO events_fts (events_fts) VALUES ('integrity-check')"),
    )
    expect(t.store.listEvents({ text: 'Retitled 11' }).map((e) => e.id)).toEqual([id])
    expect(t.store.listEvents({ text: 'Retitled 10' })).toEqual([])
  })

  it('writes the edits from the log into the file itself', async () => {
    const { t, id } = await editedTimeline(3)
    expect(titleInFileAlone(t.path, id)).not.toBe('Retitled 2')

    tidyUntilDone(t.repository)

    expect(titleInFileAlone(t.path, id)).toBe('Retitled 2')
  })

  it('never waits for another writer: it gives way at once, and editing goes on after', async () => {
    const { t, id } = await editedTimeline(12)
    const other = new DatabaseSync(t.path)
    try {
      other.exec('BEGIN IMMEDIATE')
      const started = performance.now()
      expect(t.repository.tidy()).toBe(false)
      // Well under the two seconds an edit would wait for the lock.
      expect(performance.now() - started).toBeLessThan(1000)
      other.exec('ROLLBACK')
    } finally {
      other.close()
    }
    const event = { ...draftOf(t.repository.editTables().event(id)!), title: 'After the import' }
    t.editor.saveEvent({ id, event, newSources: [], newActors: [] }, AT)
    tidyUntilDone(t.repository)
    expect(t.store.listEvents({ text: 'After the import' }).map((e) => e.id)).toEqual([id])
  })

  it('leaves a file opened read-only as it is', async () => {
    const { t } = await editedTimeline(12)
    t.close()
    opened = null
    const before = searchSegments(t.path)
    const reader = TimelineRepository.open(t.path, { readOnly: true })
    try {
      expect(reader.tidy()).toBe(false)
    } finally {
      reader.close()
    }
    expect(searchSegments(t.path)).toBe(before)
  })
})
