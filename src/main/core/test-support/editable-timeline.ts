import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { EventDraft, TimelineEvent } from '../../../shared/model'
import { editorForStore } from '../edits/editor-for-store'
import type { TimelineEditor } from '../edits/timeline-editor'
import { FileEventStore } from '../event-store/file-event-store'
import { loadDataFolder } from '../event-store/load-data-folder'
import { TimelineRepository } from '../timeline/timeline-repository'

export const BUNDLED_DATA = join(__dirname, '..', '..', '..', '..', 'data')

/** A timeline file open for editing as the app opens one: its repository, store and editor. */
export interface EditableTimeline {
  path: string
  repository: TimelineRepository
  store: FileEventStore
  editor: TimelineEditor
  close(): void
}

export function openEditable(path: string): EditableTimeline {
  const repository = TimelineRepository.open(path, { readOnly: false })
  const store = new FileEventStore(path, repository.queries(), repository.readCatalogue(), () =>
    repository.readData(),
  )
  return {
    path,
    repository,
    store,
    editor: editorForStore(repository, store),
    close: () => repository.close(),
  }
}

/** A copy of the bundled sample as a timeline file, in a new folder (or in `dir`). */
export async function sampleTimelineFile(dir?: string): Promise<string> {
  const folder = dir ?? (await mkdtemp(join(tmpdir(), 'timeline-edit-')))
  const path = join(folder, 'talks.timeline')
  TimelineRepository.create(
    path,
    { title: 'Talks', description: '' },
    await loadDataFolder(BUNDLED_DATA),
  )
  return path
}

/** A valid new event on the sample's United States track, citing NBC News. */
export function draftEvent(overrides: Partial<EventDraft> = {}): EventDraft {
  return {
    title: 'Envoys meet in Abu Dhabi',
    start: '2025-11-25',
    precision: 'day',
    actors: [{ actorId: 'driscoll', role: 'envoy' }],
    track: 'united-states',
    tags: ['talks'],
    status: 'reported',
    notes: 'A meeting added by hand, to test editing.',
    claims: [
      {
        claimant: 'a US official',
        sourceId: 'nbc-news',
        reported: '2025-11-25',
        readOn: '2025-11-25',
        text: 'The envoys met.',
        isQuote: false,
        status: 'reported',
      },
    ],
    ...overrides,
  }
}

/** An event as the Event dialog would send it back: everything but its id. */
export function draftOf(event: TimelineEvent): EventDraft {
  const draft: Partial<TimelineEvent> = { ...event }
  delete draft.id
  return draft as EventDraft
}
