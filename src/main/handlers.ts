import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import type { z } from 'zod'
import { CHANNELS, contract, type Channel, type ChannelOutput, type Contract } from '../shared/api'
import type { ApiResult } from '../shared/result'
import type { Annotation } from '../shared/annotations'
import { TIMELINE_EXTENSION } from '../shared/timeline'
import type { TimelineStore } from './core/event-store/timeline-store'
import { buildNotesExport, parseNotesImport } from './core/annotations/notes-transfer'
import { writeExportFile } from './core/export-file'
import { exportCitations, exportEvents } from './core/export/export-service'
import { parseExternalUrl } from './core/external-url'
import { exportPdf } from './core/report/pdf-export-service'
import type { ImportService } from './core/import/import-service'
import type { ViewStateRepository } from './core/user-data/view-state-repository'
import type { Workspace } from './core/workspace/workspace'
import type { CallQuiet } from './core/call-quiet'
import { importImplementations } from './import-handlers'
import type { HostPorts } from './ports'

export interface AppServices {
  /** Each resolves once loaded; calls wait for what they need instead of blocking start-up. */
  workspace: Promise<Workspace>
  viewState: Promise<ViewStateRepository>
  /** "Import events": previews, checks and runs, one at a time. */
  imports: ImportService
  ports: HostPorts
  /** Told of every call, so work readied ahead waits for the calls to pause. */
  callQuiet?: CallQuiet | undefined
  /** Called after each write that changed the user's notes, so the host can tell the renderer. */
  onNotesChanged?: (() => void) | undefined
}

type Implementations = {
  [C in Channel]: (input: z.output<Contract[C]['input']>) => Promise<ChannelOutput<C>>
}

/** One function per channel: takes untrusted input, answers a result, never throws. */
export type HandlerTable = {
  [C in Channel]: (input: unknown) => Promise<ApiResult<ChannelOutput<C>>>
}

/** The current titles of the events these notes are on; undefined where an event is gone. */
async function titlesOf(
  store: TimelineStore,
  notes: readonly Annotation[],
): Promise<Map<string, string | undefined>> {
  const ids = [...new Set(notes.map((n) => n.eventId))]
  return new Map(await Promise.all(ids.map(async (id) => [id, await store.title(id)] as const)))
}

/** Where copies of documents are written for the system's viewer: never inside the timeline. */
const DOCUMENT_COPIES = join(tmpdir(), 'diplomatic-timeline-documents')

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10)
}

function implementations(services: AppServices): Implementations {
  const { workspace, viewState, ports } = services
  /**
   * Tells the renderer the notes changed once the answer to the call that changed them has
   * gone: the panel that saved a note shows it before the other panels ask again.
   */
  const notesChanged = () => setImmediate(() => services.onNotesChanged?.())
  /** A note write's answer; the renderer hears that the notes changed right after it. */
  const changedNotes = async <T>(written: Promise<T>): Promise<T> => {
    const value = await written
    notesChanged()
    return value
  }
  /** The open timeline's store and the user's notes on it, as of this call. */
  const open = async () => {
    const { store, notes } = (await workspace).current()
    return { store, notes }
  }
  const suggestedName = (title: string) =>
    `${title.replace(/[\\/:*?"<>|]/g, '-')}${TIMELINE_EXTENSION}`
  return {
    getTimeline: async () => (await workspace).info(),
    newTimeline: async () => {
      const path = await ports.chooseSavePath(`Untitled timeline${TIMELINE_EXTENSION}`)
      return path === null ? null : (await workspace).create(path)
    },
    openTimeline: async () => {
      const path = await ports.chooseOpenPath('timeline')
      return path === null ? null : (await workspace).openFile(path)
    },
    openRecentTimeline: async ({ path }) => {
      const opened = await workspace
      if (!opened.recent().some((recent) => recent.path === path)) {
        throw new Error('Only a timeline from the recent list can be opened this way.')
      }
      return opened.openFile(path)
    },
    listRecentTimelines: async () => (await workspace).recent(),
    saveTimelineCopy: async () => {
      const opened = await workspace
      const path = await ports.chooseSavePath(suggestedName(`${opened.info().title} copy`))
      if (path === null) return null
      // The copy opens where the user was: the same window, filters and selected event.
      return opened.saveCopy(path, async (sourceId, copyId) => {
        const view = await viewState
        const last = view.get()
        if (last.timelineId !== sourceId) return
        // The copy is made; a view not carried over is no reason to say it failed.
        await view.save({ ...last, timelineId: copyId }).catch(() => undefined)
      })
    },
    getStoreStatus: async () => (await open()).store.status(),
    listEvents: async (query) => {
      const { store, notes } = await open()
      return store.listEvents(query, notes.overlay())
    },
    queryWindow: async (request) => {
      const { store, notes } = await open()
      return store.window(request, notes.overlay())
    },
    listEventsPage: async ({ query, offset, limit }) => {
      const { store, notes } = await open()
      return store.listPage(query, offset, limit, notes.overlay())
    },
    adjacentEvent: async ({ query, id, direction }) => {
      const { store, notes } = await open()
      return store.adjacent(query, id, direction, notes.overlay())
    },
    getEvent: async ({ id }) => (await open()).store.getEvent(id),
    listActors: async () => (await open()).store.actors(),
    listSources: async () => (await open()).store.sources(),
    listTags: async () => (await open()).store.tags(),
    openExternal: async ({ url }) => {
      const parsed = parseExternalUrl(url)
      if (!parsed) throw new Error(`Only http and https links can be opened: "${url}".`)
      await ports.openExternal(parsed.href)
      return null
    },

    saveEvent: async (request) =>
      (await workspace).edit((editor, at) => editor.saveEvent(request, at)),
    deleteEvent: async ({ id }) =>
      (await workspace).edit((editor, at) => editor.deleteEvent(id, at)),
    saveCatalogueItem: async ({ item }) =>
      (await workspace).edit((editor, at) => editor.saveCatalogueItem(item, at)),
    removeCatalogueItem: async (request) =>
      (await workspace).edit((editor, at) => editor.removeCatalogueItem(request, at)),
    saveLink: async ({ link }) => (await workspace).edit((editor, at) => editor.saveLink(link, at)),
    deleteLink: async ({ id }) => (await workspace).edit((editor, at) => editor.deleteLink(id, at)),
    listEventLinks: async ({ id }) => (await open()).store.links(id),
    listLinksAmong: async ({ ids }) => (await open()).store.linksAmong(ids),
    attachDocument: async ({ target }) => {
      const opened = await workspace
      opened.assertEditable()
      const path = await ports.chooseOpenPath('document')
      if (path === null) return null
      const attached = await opened.documentsOf().attach(target, path, ports.now().toISOString())
      opened.saved()
      return attached
    },
    listDocuments: async ({ eventId }) => {
      const opened = await workspace
      const event = await opened.current().store.getEvent(eventId)
      const sources = event.claims.flatMap((c) => [c.sourceId, ...(c.readInId ? [c.readInId] : [])])
      const { documents } = opened.current()
      return documents ? documents.list(eventId, [...new Set(sources)]) : []
    },
    openDocument: async ({ id }) => {
      const copy = await (await workspace).documentsOf().copyOut(id, DOCUMENT_COPIES)
      await ports.openFile(copy)
      return null
    },
    removeDocument: async ({ id }) => {
      const opened = await workspace
      opened.assertEditable()
      await opened.documentsOf().remove(id)
      opened.saved()
      return null
    },
    verifyDocuments: async () => {
      const { documents } = (await workspace).current()
      return documents ? documents.verify() : { checked: 0, changed: [], missing: [] }
    },
    getCatalogueUsage: async () => (await workspace).editsOf().catalogueUsage(),
    undoEdit: async () => (await workspace).edit((editor) => editor.undo()),
    redoEdit: async () => (await workspace).edit((editor) => editor.redo()),
    getEditState: async () => (await workspace).editsOf().editState(),
    getEventHistory: async ({ id }) => (await workspace).editsOf().eventHistory(id),

    getUserDataNotices: async () => {
      const [opened, view] = await Promise.all([workspace, viewState])
      return [...opened.notices, view.notice].filter((notice) => notice !== null)
    },
    listAnnotations: async ({ eventId }) => (await open()).notes.forEvent(eventId),
    listOrphanedAnnotations: async () => {
      const { store, notes } = await open()
      const titles = await titlesOf(store, notes.all())
      return notes.all().filter((a) => titles.get(a.eventId) === undefined)
    },
    addAnnotation: async ({ eventId, text }) => {
      const { store, notes } = await open()
      const title = await store.title(eventId)
      if (title === undefined) throw new Error(`No event with id "${eventId}".`)
      return changedNotes(notes.add(eventId, title, text))
    },
    updateAnnotation: async ({ id, text }) =>
      changedNotes(open().then(({ notes }) => notes.update(id, text))),
    deleteAnnotation: async ({ id }) => changedNotes(open().then(({ notes }) => notes.remove(id))),
    restoreAnnotation: async ({ annotation }) =>
      changedNotes(open().then(({ notes }) => notes.restore(annotation))),
    exportAnnotations: async () => {
      const { store: events, notes } = await open()
      const path = await ports.chooseSavePath(`my-notes-${isoDay(ports.now())}.json`)
      if (path === null) return null
      const titles = await titlesOf(events, notes.all())
      const exported = buildNotesExport(notes.all(), (id) => titles.get(id), ports.now())
      await writeExportFile(path, `${JSON.stringify(exported, null, 2)}\n`)
      return { path, count: exported.annotations.length }
    },
    importAnnotations: async () => {
      const path = await ports.chooseOpenPath('notes')
      if (path === null) return null
      let text: string
      try {
        text = await readFile(path, 'utf8')
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? 'unknown error'
        throw new Error(`Could not read ${basename(path)} (${code}); nothing was imported.`, {
          cause: error,
        })
      }
      const { notes } = await open()
      const summary = await notes.importNotes(parseNotesImport(text, basename(path)))
      // A file whose notes were all there already changed nothing: the panels need not ask.
      if (summary.added + summary.keptSideBySide > 0) notesChanged()
      return { path, ...summary }
    },

    ...importImplementations(services.imports),

    exportPdf: async (request) => {
      const { store, notes, info, documents } = (await workspace).current()
      return exportPdf(request, { store, notes, ports, timelineTitle: info.title, documents })
    },

    exportEvents: async (request) => {
      const { info, exports, notes } = (await workspace).current()
      return exportEvents(request, { info, exports, notes, ports })
    },
    exportCitations: async (request) => {
      const { info, exports, notes } = (await workspace).current()
      return exportCitations(request, { info, exports, notes, ports })
    },

    getViewState: async () => (await viewState).get(),
    saveViewState: async (state) => {
      // A page about to reload for another timeline may still send its own view late: it is
      // not the open timeline's, and must not replace the view carried over to a copy.
      const openId = (await workspace).info().id
      if (state.timelineId !== undefined && state.timelineId !== openId) return null
      await (await viewState).save(state)
      return null
    },
  }
}

function describeInputIssues(channel: Channel, error: z.ZodError): string {
  const details = error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.length ? issue.path.join('.') : 'input'}: ${issue.message}`)
    .join('; ')
  return `The request "${channel}" was refused: ${details}.`
}

export function createHandlers(services: AppServices): HandlerTable {
  const impl = implementations(services)
  const table = Object.fromEntries(
    CHANNELS.map((channel) => {
      const run = impl[channel] as (input: unknown) => Promise<unknown>
      const answer = async (input: unknown): Promise<ApiResult<unknown>> => {
        const parsed = contract[channel].input.safeParse(input)
        if (!parsed.success) return { ok: false, error: describeInputIssues(channel, parsed.error) }
        try {
          return { ok: true, value: await run(parsed.data) }
        } catch (error) {
          return { ok: false, error: error instanceof Error ? error.message : String(error) }
        }
      }
      const { callQuiet } = services
      const handle = callQuiet ? (input: unknown) => callQuiet.track(answer(input)) : answer
      return [channel, handle]
    }),
  )
  return table as HandlerTable
}
