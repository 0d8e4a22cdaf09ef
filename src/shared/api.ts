/**
 * The contract between the renderer and the main process: every channel, the schema its
 * input must pass, and the schema of what it answers. The preload builds `window.api` from
 * this table, `src/main/handlers.ts` implements it, and the renderer calls it with these types.
 * Adding a channel means adding an entry here and its handler, nothing else.
 */
import { z } from 'zod'
import { AnnotationSchema, NoteTextSchema } from './annotations'
import { DocumentCheckSchema, DocumentTargetSchema, StoredDocumentSchema } from './documents'
import {
  CatalogueItemSchema,
  CatalogueUsageSchema,
  EditOutcomeSchema,
  EditStateSchema,
  HistoryEntrySchema,
  RemoveCatalogueItemSchema,
  SaveEventRequestSchema,
} from './edits'
import {
  ImportCheckSchema,
  ImportIdSchema,
  ImportPreviewSchema,
  ImportProgressSchema,
  ImportRequestSchema,
  ImportSummarySchema,
} from './import'
import { LinkDraftSchema, LinkViewSchema } from './links'
import { ActorSchema, IdSchema, SourceSchema } from './model'
import { PdfExportRequestSchema, PdfExportResultSchema } from './pdf-export'
import type { ApiResult } from './result'
import {
  EventDetailSchema,
  EventPageSchema,
  EventQuerySchema,
  EventSummarySchema,
  StoreStatusSchema,
  TimelineWindowSchema,
  WindowQuerySchema,
} from './store'
import { RecentTimelineSchema, TimelineInfoSchema } from './timeline'
import { UserDataNoticeSchema } from './user-data'
import { ViewStateSchema } from './view-state'

export const NoInputSchema = z.undefined()

export const contract = {
  /** The open timeline: its title, file, tracks, and whether it can be edited. */
  getTimeline: { input: NoInputSchema, output: TimelineInfoSchema },
  /** Asks where to create a new, empty timeline, and opens it; null when the user cancels. */
  newTimeline: { input: NoInputSchema, output: TimelineInfoSchema.nullable() },
  /** Asks for a timeline file and opens it; on failure the open timeline stays open. */
  openTimeline: { input: NoInputSchema, output: TimelineInfoSchema.nullable() },
  /** Opens one of the recent timelines (only a path from that list is accepted). */
  openRecentTimeline: {
    input: z.strictObject({ path: z.string().min(1).max(4096) }),
    output: TimelineInfoSchema,
  },
  /** The timelines opened lately, newest first. */
  listRecentTimelines: { input: NoInputSchema, output: z.array(RecentTimelineSchema) },
  /** Writes the open timeline (with the user's notes on it) to a new file and opens that. */
  saveTimelineCopy: { input: NoInputSchema, output: TimelineInfoSchema.nullable() },
  /** How the event store loaded: counts, and every problem found in the data files. */
  getStoreStatus: { input: NoInputSchema, output: StoreStatusSchema },
  /** Events matching a query, in time order. */
  listEvents: { input: EventQuerySchema, output: z.array(EventSummarySchema) },
  /** What the timeline draws for a window: events, or per-track counts when there are many. */
  queryWindow: { input: WindowQuerySchema, output: TimelineWindowSchema },
  /** One page of the matching events in time order, and how many match in all. */
  listEventsPage: {
    input: z.strictObject({
      query: EventQuerySchema,
      offset: z.number().int().min(0).max(10_000_000),
      limit: z.number().int().min(1).max(500),
    }),
    output: EventPageSchema,
  },
  /** The matching event just before or after another in time (arrow keys). */
  adjacentEvent: {
    input: z.strictObject({
      query: EventQuerySchema,
      id: IdSchema,
      direction: z.union([z.literal(-1), z.literal(1)]),
    }),
    output: EventSummarySchema.nullable(),
  },
  /** One event with its actors and its claims' sources resolved. */
  getEvent: { input: z.strictObject({ id: IdSchema }), output: EventDetailSchema },
  listActors: { input: NoInputSchema, output: z.array(ActorSchema) },
  listSources: { input: NoInputSchema, output: z.array(SourceSchema) },
  /** Every tag the events use, sorted. */
  listTags: { input: NoInputSchema, output: z.array(z.string()) },
  /** Opens an http(s) address in the system browser; anything else is refused. */
  openExternal: { input: z.strictObject({ url: z.string().max(2000) }), output: z.null() },

  /** Adds an event or replaces one, with any sources and actors made for it; one undoable edit. */
  saveEvent: { input: SaveEventRequestSchema, output: EditOutcomeSchema },
  deleteEvent: { input: z.strictObject({ id: IdSchema }), output: EditOutcomeSchema },
  /** Adds or changes a track, actor or source. */
  saveCatalogueItem: {
    input: z.strictObject({ item: CatalogueItemSchema }),
    output: EditOutcomeSchema,
  },
  /** Deletes an unused track, actor or source, or merges it into another (reassigning its events). */
  removeCatalogueItem: { input: RemoveCatalogueItemSchema, output: EditOutcomeSchema },
  /** How many events use each track, actor and source. */
  getCatalogueUsage: { input: NoInputSchema, output: CatalogueUsageSchema },
  /** Links two events, or two claims, as the "Link" dialog says; one undoable edit. */
  saveLink: { input: z.strictObject({ link: LinkDraftSchema }), output: EditOutcomeSchema },
  deleteLink: { input: z.strictObject({ id: IdSchema }), output: EditOutcomeSchema },
  /** The links from and to an event, each with the other side's title, date and status. */
  listEventLinks: { input: z.strictObject({ id: IdSchema }), output: z.array(LinkViewSchema) },
  /** Asks for a file and keeps a copy of it, with its SHA-256, on a source or a claim. */
  attachDocument: {
    input: z.strictObject({ target: DocumentTargetSchema }),
    output: StoredDocumentSchema.nullable(),
  },
  /** The documents of an event's claims and of the sources it cites. */
  listDocuments: {
    input: z.strictObject({ eventId: IdSchema }),
    output: z.array(StoredDocumentSchema),
  },
  /** Hands a copy of a document to the system's viewer (never shown in the app itself). */
  openDocument: { input: z.strictObject({ id: z.uuid() }), output: z.null() },
  removeDocument: { input: z.strictObject({ id: z.uuid() }), output: z.null() },
  /** Hashes every stored document again and says which changed or lost their bytes. */
  verifyDocuments: { input: NoInputSchema, output: DocumentCheckSchema },
  /** Undoes the last edit still done; kept in the timeline file, so across restarts. */
  undoEdit: { input: NoInputSchema, output: EditOutcomeSchema },
  redoEdit: { input: NoInputSchema, output: EditOutcomeSchema },
  getEditState: { input: NoInputSchema, output: EditStateSchema },
  /** Every edit of one event, newest first: created, each field changed, deleted. */
  getEventHistory: {
    input: z.strictObject({ id: IdSchema }),
    output: z.array(HistoryEntrySchema),
  },

  /** Asks for a CSV or JSON file and previews it for the "Import events" dialog; null on cancel. */
  previewImport: { input: NoInputSchema, output: ImportPreviewSchema.nullable() },
  /** Reads the whole file, changing nothing: what an import would add, update and reject. */
  checkImport: { input: ImportRequestSchema, output: ImportCheckSchema },
  /** Imports the valid rows in one transaction, into the open timeline or a new one. */
  runImport: { input: ImportRequestSchema, output: ImportSummarySchema },
  /** Rows done of the total of the check or import under way. */
  getImportProgress: { input: NoInputSchema, output: ImportProgressSchema },
  /** Stops the check or import under way; a cancelled import changes nothing. */
  cancelImport: { input: NoInputSchema, output: z.null() },
  /** Writes the rejected rows of the last check as a CSV the user picks; null on cancel. */
  saveRejectedRows: {
    input: z.strictObject({ importId: ImportIdSchema }),
    output: z.object({ path: z.string(), count: z.number().int() }).nullable(),
  },

  /** What the user must be told about their own files (moved aside, restored from backup). */
  getUserDataNotices: { input: NoInputSchema, output: z.array(UserDataNoticeSchema) },
  /** The user's notes on one event, newest first. */
  listAnnotations: {
    input: z.strictObject({ eventId: IdSchema }),
    output: z.array(AnnotationSchema),
  },
  /** Notes whose event is no longer in the event store: kept, never dropped. */
  listOrphanedAnnotations: { input: NoInputSchema, output: z.array(AnnotationSchema) },
  /** Saves a new note; answers only once it is durably on disk. */
  addAnnotation: {
    input: z.strictObject({ eventId: IdSchema, text: NoteTextSchema }),
    output: AnnotationSchema,
  },
  updateAnnotation: {
    input: z.strictObject({ id: z.uuid(), text: NoteTextSchema }),
    output: AnnotationSchema,
  },
  /** Deletes a note and answers it, so the UI can offer Undo. */
  deleteAnnotation: { input: z.strictObject({ id: z.uuid() }), output: AnnotationSchema },
  /** Undo of a delete: puts the note back exactly as it was. */
  restoreAnnotation: {
    input: z.strictObject({ annotation: AnnotationSchema }),
    output: AnnotationSchema,
  },
  /** Writes every note to a JSON file the user picks; null when they cancel. */
  exportAnnotations: {
    input: NoInputSchema,
    output: z.object({ path: z.string(), count: z.number().int() }).nullable(),
  },
  /** Merges a notes file the user picks; all or nothing. Null when they cancel. */
  importAnnotations: {
    input: NoInputSchema,
    output: z
      .object({
        path: z.string(),
        added: z.number().int(),
        keptSideBySide: z.number().int(),
        unchanged: z.number().int(),
      })
      .nullable(),
  },

  /** Asks where to save, then writes the PDF briefing there; null when the user cancels. */
  exportPdf: { input: PdfExportRequestSchema, output: PdfExportResultSchema },

  /** The last view, to restore after a restart. */
  getViewState: { input: NoInputSchema, output: ViewStateSchema },
  saveViewState: { input: ViewStateSchema, output: z.null() },
} as const

export type Contract = typeof contract
export type Channel = keyof Contract
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>

export const CHANNELS = Object.keys(contract) as Channel[]

/** The IPC channel name of a contract entry; prefixed so nothing else can collide with it. */
export function ipcChannelName(channel: Channel): string {
  return `timeline:${channel}`
}

/**
 * Notifications from the main process to the renderer (menu commands, a timeline opened from
 * the menu, the user's notes changed). They carry no data;
 * the renderer subscribes with `window.api.on<Name>(listener)`, which returns an unsubscribe.
 */
export const NOTIFICATIONS = [
  'exportPdfRequested',
  'newTimelineRequested',
  'openTimelineRequested',
  'saveTimelineCopyRequested',
  /** File › Import events: the renderer asks for the file and shows the "Import events" dialog. */
  'importEventsRequested',
  /** Another timeline was opened from the main process (File › Open Recent). */
  'timelineChanged',
  /** Edit › Undo and Edit › Redo: the renderer undoes, so it can show what changed. */
  'undoRequested',
  'redoRequested',
  /**
   * The user's notes changed (added, edited, deleted, restored or imported): panels that show
   * note counts or filter on notes ask again; the panel that saved already has its answer.
   */
  'notesChanged',
] as const
export type Notification = (typeof NOTIFICATIONS)[number]

export function notificationChannelName(notification: Notification): string {
  return `timeline:notify:${notification}`
}

export function subscriberName(notification: Notification): `on${Capitalize<Notification>}` {
  return `on${notification[0]?.toUpperCase()}${notification.slice(1)}` as `on${Capitalize<Notification>}`
}

/** What the renderer sees as `window.api`: one named async function per channel. */
export type Api = {
  [C in Channel]: ChannelInput<C> extends undefined
    ? () => Promise<ApiResult<ChannelOutput<C>>>
    : (input: ChannelInput<C>) => Promise<ApiResult<ChannelOutput<C>>>
} & {
  [N in Notification as `on${Capitalize<N>}`]: (listener: () => void) => () => void
}
