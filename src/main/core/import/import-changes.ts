import type { Link } from '../../../shared/links'
import { toLogged, type EntityChange } from '../edits/entity-change'
import type { CatalogueValues } from '../timeline/catalogue-writer'
import type { EditTables } from '../timeline/edit-tables'
import type { LoggedChange } from '../timeline/edit-log'
import { eventRows, type EventRows } from '../timeline/event-rows'

type CatalogueChange = {
  [K in keyof CatalogueValues]: { kind: K; id: string; after: CatalogueValues[K] | null }
}[keyof CatalogueValues]

/**
 * One change of an import, worked out as far as it can be without the file: an event as its
 * rows, the edit log's entry as JSON. Plain values, so the thread that reads the file can
 * hand it to the thread that writes (structured clone copies flat arrays fast).
 */
export type PreparedChange = { logged: LoggedChange } & (
  | { kind: 'event'; id: string; replaces: boolean; rows: EventRows | null }
  | { kind: 'link'; id: string; after: Link | null }
  | CatalogueChange
)

/** Prepares a change of the import; `sourceNames` names the sources for search text. */
export function prepareChange(
  change: EntityChange,
  sourceNames: ReadonlyMap<string, string>,
): PreparedChange {
  // An event added is logged without its state, which is the file's (see TimelineEditor).
  const added = change.kind === 'event' && change.before === null
  const logged = toLogged(added ? { ...change, after: null } : change)
  if (change.kind === 'event') {
    const rows = change.after && eventRows(change.after, (id) => sourceNames.get(id) ?? '')
    return { kind: 'event', id: change.id, replaces: change.before !== null, rows, logged }
  }
  return { ...change, logged }
}

/**
 * Writes an import's prepared changes into a timeline file, within the transaction the import
 * holds, and logs them all in one edit, opened by the first change (so the History of each
 * event shows what the import did, and Undo takes the whole import back).
 */
export class ImportChangeWriter {
  private log: ((change: LoggedChange) => void) | null = null

  constructor(
    private readonly tables: EditTables,
    private readonly edit: { at: string; label: string },
  ) {}

  write(change: PreparedChange): void {
    if (change.kind === 'event') {
      // A new event has no row to remove: the lookup is skipped for the many an import adds.
      const removed = change.replaces ? this.tables.events.delete(change.id) : null
      if (change.rows) this.tables.events.insertRows(change.rows, removed ?? undefined)
    } else if (change.kind === 'link') this.tables.links.put(change.id, change.after)
    else this.tables.catalogue.put(change.kind, change.id, change.after)
    this.log ??= this.tables.log.begin(this.edit.at, this.edit.label)
    this.log(change.logged)
  }

  /** Names the import's edit by what it did, once that is known. */
  relabel(label: string): void {
    this.tables.log.relabelLast(label)
  }
}
