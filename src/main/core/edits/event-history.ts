import type { FieldChange, HistoryEntry } from '../../../shared/edits'
import { LINK_LABELS, type Link } from '../../../shared/links'
import type { TimelineEvent } from '../../../shared/model'
import type { EditTables } from '../timeline/edit-tables'
import type { EntityEdit } from '../timeline/edit-log'
import { describeEventChanges, type NameLookup } from './event-changes'

const parse = <T>(text: string | null): T | null => (text === null ? null : (JSON.parse(text) as T))

/** A link as this event's History reads it: "contradicts “…”" or "is contradicted by “…”". */
function linkFromHere(tables: EditTables, link: Link | null, eventId: string): string {
  if (!link) return ''
  const outgoing = link.from.eventId === eventId
  const other = outgoing ? link.to.eventId : link.from.eventId
  const title = tables.event(other)?.title ?? other
  return `${LINK_LABELS[link.kind][outgoing ? 'outgoing' : 'incoming']} “${title}”`
}

/**
 * An event's History, newest first: each done edit of the event (created, its fields changed,
 * deleted) and of its links, one entry per edit.
 */
export function eventHistory(tables: EditTables, id: string, names: NameLookup): HistoryEntry[] {
  const entries = new Map<number, HistoryEntry>()
  const entry = (edit: EntityEdit): HistoryEntry => {
    let found = entries.get(edit.seq)
    if (!found) {
      found = { seq: edit.seq, at: edit.at, label: edit.label, action: 'changed', changes: [] }
      entries.set(edit.seq, found)
    }
    return found
  }
  for (const edit of tables.log.historyOf('event', id)) {
    const before = parse<TimelineEvent>(edit.before)
    const after = parse<TimelineEvent>(edit.after)
    const shown = entry(edit)
    shown.action = before === null ? 'created' : after === null ? 'deleted' : 'changed'
    if (before && after) shown.changes.unshift(...describeEventChanges(before, after, names))
  }
  for (const edit of tables.log.linkHistoryOf(id)) {
    const change: FieldChange = {
      field: 'Link',
      before: linkFromHere(tables, parse<Link>(edit.before), id),
      after: linkFromHere(tables, parse<Link>(edit.after), id),
    }
    entry(edit).changes.push(change)
  }
  return [...entries.entries()].sort(([a], [b]) => b - a).map(([, shown]) => shown)
}
