import { memo } from 'react'
import type { Actor, TrackDefinition } from '../../../shared/model'
import { FilterMenu } from './filter-menu'
import { STATUS_LABELS, STATUS_MARKS, STATUSES, type Status } from '../../../shared/vocabulary'
import type { EventQuery } from '../../../shared/store'

interface Props {
  query: EventQuery
  tracks: readonly TrackDefinition[]
  actors: Actor[]
  tags: string[]
  onChange(query: EventQuery): void
  /** "Show links" on the timeline: a view option, not a filter, kept at the bar's end. */
  showLinks: boolean
  onShowLinks(show: boolean): void
}

/** Toggles one value in an optional list, where "undefined" means "all of them". */
function toggleIn<T>(selected: T[] | undefined, all: readonly T[], value: T): T[] | undefined {
  const current = selected ?? [...all]
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value]
  return next.length === all.length ? undefined : next
}

function toggleChosen<T>(selected: T[] | undefined, value: T): T[] | undefined {
  const current = selected ?? []
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value]
  return next.length === 0 ? undefined : next
}

function isFiltered(query: EventQuery): boolean {
  return Object.entries(query).some(([key, value]) => key !== 'text' && value !== undefined)
}

/**
 * Tracks, status, actors, tags, dates and "Has my notes": everything narrows the same view.
 * Drawn again only when what it shows changes: its hundred-odd boxes cost React milliseconds
 * at every edit, undo and message otherwise.
 */
export const FilterBar = memo(function FilterBar({
  query,
  tracks,
  actors,
  tags,
  onChange,
  showLinks,
  onShowLinks,
}: Props) {
  const set = (patch: Partial<EventQuery>) => onChange({ ...query, ...patch })
  const ids = tracks.map((track) => track.id)
  return (
    <div className="filters" role="group" aria-label="Filters">
      <fieldset>
        <legend>Tracks</legend>
        {tracks.map(({ id, label }) => (
          <label key={id} className="chip-toggle">
            <input
              type="checkbox"
              checked={query.tracks?.includes(id) ?? true}
              onChange={() => set({ tracks: toggleIn(query.tracks, ids, id) })}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Status</legend>
        {STATUSES.map((value: Status) => (
          <label key={value} className={`chip-toggle status-${value}`}>
            <input
              type="checkbox"
              checked={query.statuses?.includes(value) ?? true}
              onChange={() => set({ statuses: toggleIn(query.statuses, STATUSES, value) })}
            />
            <span aria-hidden="true">{STATUS_MARKS[value]}</span> {STATUS_LABELS[value]}
          </label>
        ))}
      </fieldset>
      <FilterMenu label="Actors" chosen={query.actorIds?.length ?? 0} legend="Actors">
        {actors.map((actor) => (
          <label key={actor.id}>
            <input
              type="checkbox"
              checked={query.actorIds?.includes(actor.id) ?? false}
              onChange={() => set({ actorIds: toggleChosen(query.actorIds, actor.id) })}
            />
            {actor.name}
          </label>
        ))}
      </FilterMenu>
      <FilterMenu label="Tags" chosen={query.tags?.length ?? 0} legend="Tags">
        {tags.map((tag) => (
          <label key={tag}>
            <input
              type="checkbox"
              checked={query.tags?.includes(tag) ?? false}
              onChange={() => set({ tags: toggleChosen(query.tags, tag) })}
            />
            {tag}
          </label>
        ))}
      </FilterMenu>
      <fieldset className="date-range">
        <legend>Dates</legend>
        <input
          type="date"
          aria-label="From date"
          value={query.from ?? ''}
          onChange={(event) => set({ from: event.target.value || undefined })}
        />
        <span aria-hidden="true">–</span>
        <input
          type="date"
          aria-label="To date"
          value={query.to ?? ''}
          onChange={(event) => set({ to: event.target.value || undefined })}
        />
        {query.from && query.to && query.from > query.to ? (
          <span role="status" className="date-range-hint">
            “From” is after “To”: no date lies between them.
          </span>
        ) : null}
      </fieldset>
      <label className="chip-toggle">
        <input
          type="checkbox"
          checked={query.hasNotes ?? false}
          onChange={(event) => set({ hasNotes: event.target.checked || undefined })}
        />
        Has my notes
      </label>
      {/* Beside the filters it narrows with, so the header keeps to two rows. */}
      <input
        type="search"
        className="search"
        aria-label="Search events"
        placeholder="Search events, sources, my notes…"
        value={query.text ?? ''}
        onChange={(e) => set({ text: e.target.value || undefined })}
      />
      {/*
        Only while something is filtered (kept there, it cost narrow windows a row of the bar),
        and after the search box, which gives it room: choosing a filter moves nothing before it.
      */}
      {isFiltered(query) ? (
        <button
          type="button"
          className="link-button"
          onClick={() => onChange({ text: query.text })}
        >
          Clear filters
        </button>
      ) : null}
      <label className="chip-toggle view-toggle">
        <input
          type="checkbox"
          role="switch"
          checked={showLinks}
          aria-describedby="show-links-help"
          onChange={(event) => onShowLinks(event.target.checked)}
        />
        Show links
        <span id="show-links-help" className="visually-hidden">
          Draws a line between linked events in view; each event’s links are also listed under
          Linked accounts in its details.
        </span>
      </label>
    </div>
  )
})
