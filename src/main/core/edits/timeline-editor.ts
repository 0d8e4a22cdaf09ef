import type {
  CatalogueItem,
  CatalogueUsage,
  EditOutcome,
  EditState,
  HistoryEntry,
  RemoveCatalogueItem,
  SaveEventRequest,
} from '../../../shared/edits'
import type { Link, LinkDraft } from '../../../shared/links'
import type { EventDetail } from '../../../shared/store'
import type { TimelineEvent } from '../../../shared/model'
import { WriteFailedError } from '../sqlite/sqlite-errors'
import type { EventColumnsRow } from '../timeline/event-writer'
import type { EditTables } from '../timeline/edit-tables'
import type { LoggedEdit } from '../timeline/edit-log'
import {
  planDeleteEvent,
  planRemoveCatalogueItem,
  planSaveCatalogueItem,
  planSaveEvent,
  type PlannedEdit,
} from './edit-builders'
import { changesSomething, fromLogged, toLogged, type EntityChange } from './entity-change'
import type { NameLookup } from './event-changes'
import { eventHistory } from './event-history'
import { planDeleteLink, planSaveLink } from './link-edits'

/** What the event store must change in memory after an edit reached the disk. */
export interface StoreUpdate {
  removedSeqs: number[]
  inserted: EventColumnsRow[]
  catalogueChanged: boolean
}

/**
 * Every edit of a timeline file: planned from the request, written with its log entry in one
 * transaction (acknowledged only once committed with `synchronous=FULL`), and only then
 * shown to the event store. Undo and redo put back the states the log recorded.
 */
export class TimelineEditor {
  /** Whether the edit being answered changed tracks, actors or sources. */
  private catalogueChanged = false

  constructor(
    private readonly tables: EditTables,
    private readonly onApplied: (update: StoreUpdate) => void,
    /** An event as the details show it, read once the edit is applied; null if there is none. */
    private readonly describe: (id: string) => EventDetail | null,
  ) {}

  saveEvent(request: SaveEventRequest, at: string): EditOutcome {
    const planned = planSaveEvent(this.tables, request)
    const event = planned.changes.at(-1)!
    this.make(planned, at)
    return this.outcome(planned.label, event.id)
  }

  deleteEvent(id: string, at: string): EditOutcome {
    return this.outcome(this.make(planDeleteEvent(this.tables, id), at).label, null)
  }

  saveCatalogueItem(item: CatalogueItem, at: string): EditOutcome {
    return this.outcome(this.make(planSaveCatalogueItem(this.tables, item), at).label, null)
  }

  removeCatalogueItem(request: RemoveCatalogueItem, at: string): EditOutcome {
    return this.outcome(this.make(planRemoveCatalogueItem(this.tables, request), at).label, null)
  }

  saveLink(draft: LinkDraft, at: string): EditOutcome {
    return this.outcome(this.make(planSaveLink(this.tables, draft), at).label, draft.from.eventId)
  }

  deleteLink(id: string, at: string): EditOutcome {
    const planned = planDeleteLink(this.tables, id)
    const link = planned.changes[0]!.before as Link
    return this.outcome(this.make(planned, at).label, link.from.eventId)
  }

  undo(): EditOutcome {
    return this.step(this.tables.log.lastDone(), 'undo')
  }

  redo(): EditOutcome {
    return this.step(this.tables.log.firstUndone(), 'redo')
  }

  editState(): EditState {
    const { undo, redo } = this.tables.log.labels()
    return { undoLabel: undo, redoLabel: redo }
  }

  catalogueUsage(): CatalogueUsage {
    return this.tables.catalogue.usage()
  }

  /** Every done edit of one event and its links, newest first, with the fields each changed. */
  eventHistory(id: string): HistoryEntry[] {
    return eventHistory(this.tables, id, this.names())
  }

  private names(): NameLookup {
    const { catalogue } = this.tables
    return {
      track: (id) => catalogue.read('track', id)?.label ?? id,
      actor: (id) => catalogue.read('actor', id)?.name ?? id,
      source: (id) => catalogue.read('source', id)?.name ?? id,
    }
  }

  private make(planned: PlannedEdit, at: string): PlannedEdit {
    const changes = planned.changes.filter(changesSomething)
    if (changes.length === 0) return planned
    this.write(() => {
      const update = this.apply(changes, 'forward')
      this.tables.log.record(at, planned.label, changes.map(toLogged))
      return update
    })
    return planned
  }

  private step(edit: LoggedEdit | null, direction: 'undo' | 'redo'): EditOutcome {
    if (!edit) throw new Error(direction === 'undo' ? 'Nothing to undo.' : 'Nothing to redo.')
    const changes = edit.changes.map(fromLogged)
    this.write(() => {
      if (direction === 'undo') this.keepAddedStates(edit.seq, changes)
      const update = this.apply(changes, direction === 'undo' ? 'back' : 'forward')
      this.tables.log.markUndone(edit.seq, direction === 'undo')
      return update
    })
    const shown = changes.find(
      (c) => c.kind === 'event' && (direction === 'undo' ? c.before : c.after) !== null,
    )
    return this.outcome(edit.label, shown?.id ?? null)
  }

  /**
   * An import logs the events it adds without their state (before and after both null: the
   * state is the file's), which halves what a large import writes; the first undo reads each
   * from the file into the log, so a redo can put it back.
   */
  private keepAddedStates(seq: number, changes: EntityChange[]): void {
    changes.forEach((change, position) => {
      if (change.kind !== 'event' || change.before !== null || change.after !== null) return
      change.after = this.tables.event(change.id)
      this.tables.log.setAfter(seq, position, JSON.stringify(change.after))
    })
  }

  /** One transaction; the store hears of it only once it is on disk. */
  private write(work: () => StoreUpdate): void {
    let update: StoreUpdate
    try {
      update = this.tables.transaction(work)
    } catch (error) {
      if (error instanceof Error && !('errcode' in error)) throw error
      throw new WriteFailedError('the edit', error)
    }
    this.catalogueChanged = update.catalogueChanged
    this.onApplied(update)
  }

  /** Puts each changed thing into its state after (forward) or before (back) the edit. */
  private apply(changes: readonly EntityChange[], direction: 'forward' | 'back'): StoreUpdate {
    const update: StoreUpdate = { removedSeqs: [], inserted: [], catalogueChanged: false }
    const ordered = direction === 'forward' ? changes : [...changes].reverse()
    for (const change of ordered) {
      const state = direction === 'forward' ? change.after : change.before
      if (change.kind === 'event') {
        const removed = this.tables.events.delete(change.id)
        if (removed !== null) update.removedSeqs.push(removed)
        const value = state as TimelineEvent | null
        if (value) update.inserted.push(this.tables.events.insert(value, removed ?? undefined))
      } else if (change.kind === 'link') {
        this.tables.links.put(change.id, state as Link | null)
      } else {
        this.tables.catalogue.put(change.kind, change.id, state as never)
        update.catalogueChanged = true
      }
    }
    return update
  }

  private outcome(label: string, eventId: string | null): EditOutcome {
    const catalogueChanged = this.catalogueChanged
    this.catalogueChanged = false
    const event = eventId === null ? null : this.describe(eventId)
    return { label, eventId, event, catalogueChanged, state: this.editState() }
  }
}
