import type { Link } from '../../../shared/links'
import type { TimelineEvent } from '../../../shared/model'
import type { CatalogueValues } from '../timeline/catalogue-writer'
import type { LoggedChange } from '../timeline/edit-log'

export interface EntityValues extends CatalogueValues {
  event: TimelineEvent
  link: Link
}
export type EntityKind = keyof EntityValues

/** One thing an edit changes: its whole state before and after (null: it does not exist). */
export type EntityChange = {
  [K in EntityKind]: {
    kind: K
    id: string
    before: EntityValues[K] | null
    after: EntityValues[K] | null
  }
}[EntityKind]

export function toLogged(change: EntityChange): LoggedChange {
  const json = (value: unknown) => (value === null ? null : JSON.stringify(value))
  return {
    kind: change.kind,
    id: change.id,
    before: json(change.before),
    after: json(change.after),
  }
}

/** A logged change read back: the log holds only what an edit wrote, so it is trusted. */
export function fromLogged(logged: LoggedChange): EntityChange {
  const parse = (text: string | null): unknown => (text === null ? null : JSON.parse(text))
  return {
    kind: logged.kind,
    id: logged.id,
    before: parse(logged.before),
    after: parse(logged.after),
  } as EntityChange
}

/** JSON with every object's keys sorted: the same value reads the same whatever built it. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  )
}

/** Whether a change changes anything (a save of an untouched form does not). */
export function changesSomething(change: EntityChange): boolean {
  return canonical(change.before) !== canonical(change.after)
}
