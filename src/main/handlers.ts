import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import type { z } from 'zod'
import { CHANNELS, contract, type Channel, type ChannelOutput, type Contract } from '../shared/api'
import type { ApiResult } from '../shared/result'
import type { AnnotationRepository } from './core/annotations/annotation-repository'
import { buildNotesExport, parseNotesImport } from './core/annotations/notes-transfer'
import type { EventStore } from './core/event-store/event-store'
import { writeExportFile } from './core/export-file'
import { parseExternalUrl } from './core/external-url'
import { exportPdf } from './core/report/pdf-export-service'
import type { ViewStateRepository } from './core/user-data/view-state-repository'
import type { HostPorts } from './ports'

export interface AppServices {
  /** Each resolves once loaded; calls wait for what they need instead of blocking start-up. */
  store: Promise<EventStore>
  annotations: Promise<AnnotationRepository>
  viewState: Promise<ViewStateRepository>
  ports: HostPorts
}

type Implementations = {
  [C in Channel]: (input: z.output<Contract[C]['input']>) => Promise<ChannelOutput<C>>
}

/** One function per channel: takes untrusted input, answers a result, never throws. */
export type HandlerTable = {
  [C in Channel]: (input: unknown) => Promise<ApiResult<ChannelOutput<C>>>
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10)
}

function implementations(services: AppServices): Implementations {
  const { store, annotations, viewState, ports } = services
  return {
    getStoreStatus: async () => (await store).status(),
    listEvents: async (query) => {
      const [events, notes] = await Promise.all([store, annotations])
      return events.listEvents(query, notes.overlay())
    },
    queryWindow: async (request) => {
      const [events, notes] = await Promise.all([store, annotations])
      return events.window(request, notes.overlay())
    },
    listEventsPage: async ({ query, offset, limit }) => {
      const [events, notes] = await Promise.all([store, annotations])
      return events.listPage(query, offset, limit, notes.overlay())
    },
    adjacentEvent: async ({ query, id, direction }) => {
      const [events, notes] = await Promise.all([store, annotations])
      return events.adjacent(query, id, direction, notes.overlay())
    },
    getEvent: async ({ id }) => (await store).getEvent(id),
    listActors: async () => (await store).actors(),
    listSources: async () => (await store).sources(),
    listTags: async () => (await store).tags(),
    openExternal: async ({ url }) => {
      const parsed = parseExternalUrl(url)
      if (!parsed) throw new Error(`Only http and https links can be opened: "${url}".`)
      await ports.openExternal(parsed.href)
      return null
    },

    getUserDataNotices: async () => {
      const [notes, view] = await Promise.all([annotations, viewState])
      return [notes.notice, view.notice].filter((notice) => notice !== null)
    },
    listAnnotations: async ({ eventId }) => (await annotations).forEvent(eventId),
    listOrphanedAnnotations: async () => {
      const [events, notes] = await Promise.all([store, annotations])
      return notes.all().filter((a) => events.title(a.eventId) === undefined)
    },
    addAnnotation: async ({ eventId, text }) => {
      const title = (await store).title(eventId)
      if (title === undefined) throw new Error(`No event with id "${eventId}".`)
      return (await annotations).add(eventId, title, text)
    },
    updateAnnotation: async ({ id, text }) => (await annotations).update(id, text),
    deleteAnnotation: async ({ id }) => (await annotations).remove(id),
    restoreAnnotation: async ({ annotation }) => (await annotations).restore(annotation),
    exportAnnotations: async () => {
      const [events, notes] = await Promise.all([store, annotations])
      const path = await ports.chooseSavePath(`my-notes-${isoDay(ports.now())}.json`)
      if (path === null) return null
      const exported = buildNotesExport(notes.all(), (id) => events.title(id), ports.now())
      await writeExportFile(path, `${JSON.stringify(exported, null, 2)}\n`)
      return { path, count: exported.annotations.length }
    },
    importAnnotations: async () => {
      const path = await ports.chooseOpenPath()
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
      const summary = await (await annotations).importNotes(parseNotesImport(text, basename(path)))
      return { path, ...summary }
    },

    exportPdf: async (request) => {
      const [events, notes] = await Promise.all([store, annotations])
      return exportPdf(request, { store: events, notes, ports })
    },

    getViewState: async () => (await viewState).get(),
    saveViewState: async (state) => {
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
      const handle = async (input: unknown): Promise<ApiResult<unknown>> => {
        const parsed = contract[channel].input.safeParse(input)
        if (!parsed.success) return { ok: false, error: describeInputIssues(channel, parsed.error) }
        try {
          return { ok: true, value: await run(parsed.data) }
        } catch (error) {
          return { ok: false, error: error instanceof Error ? error.message : String(error) }
        }
      }
      return [channel, handle]
    }),
  )
  return table as HandlerTable
}
