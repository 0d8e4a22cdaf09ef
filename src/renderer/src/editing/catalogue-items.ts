/**
 * The "Manage" dialog's items, whatever their kind: tracks, actors and sources each as a name
 * (and a colour for a track), and the contract's item for an added or renamed one, checked
 * with the shared schemas before it is sent.
 */
import type { CatalogueItem, CatalogueKind, CatalogueUsage } from '../../../shared/edits'
import {
  ActorSchema,
  SourceSchema,
  TrackDefinitionSchema,
  type Actor,
  type Source,
  type TrackDefinition,
} from '../../../shared/model'
import { newCatalogueId } from './new-ids'

export interface Catalogue {
  tracks: TrackDefinition[]
  actors: Actor[]
  sources: Source[]
  usage: CatalogueUsage
}

export interface CatalogueEntry {
  id: string
  name: string
  /** A track's colour, `#rrggbb`. */
  colour?: string
  /** How many events use it. */
  uses: number
}

export const KIND_NAMES: Record<CatalogueKind, { one: string; a: string; many: string }> = {
  track: { one: 'track', a: 'a track', many: 'Tracks' },
  actor: { one: 'actor', a: 'an actor', many: 'Actors' },
  source: { one: 'source', a: 'a source', many: 'Sources' },
}

/** A new track's colour: the next of a few that read on both themes, in turn. */
const TRACK_COLOURS = ['#2f5d9c', '#a33b3b', '#c99a1e', '#3f7f5f', '#7a5a99', '#2b7f8f', '#9c5a2f']

export function nextTrackColour(tracks: readonly TrackDefinition[]): string {
  return TRACK_COLOURS[tracks.length % TRACK_COLOURS.length]!
}

/** The items of one kind as the dialog lists them: tracks in lane order, the others by name. */
export function entriesOf(kind: CatalogueKind, catalogue: Catalogue): CatalogueEntry[] {
  const uses = (id: string) => catalogue.usage[kind][id] ?? 0
  if (kind === 'track') {
    return catalogue.tracks.map((t) => ({
      id: t.id,
      name: t.label,
      colour: t.colour,
      uses: uses(t.id),
    }))
  }
  const items: Array<Actor | Source> = kind === 'actor' ? catalogue.actors : catalogue.sources
  return items
    .map((item) => ({ id: item.id, name: item.name, uses: uses(item.id) }))
    .sort((a, b) => a.name.localeCompare(b.name))
}

export type Checked = { item: CatalogueItem; error: null } | { item: null; error: string }

function checked(kind: CatalogueKind, value: unknown): Checked {
  const schema =
    kind === 'track' ? TrackDefinitionSchema : kind === 'actor' ? ActorSchema : SourceSchema
  const parsed = schema.safeParse(value)
  if (!parsed.success) {
    const { issues } = parsed.error
    const named = issues.find((i) => i.path[0] === 'name' || i.path[0] === 'label') ?? issues[0]
    return { item: null, error: named?.message ?? 'is not valid' }
  }
  const data = parsed.data
  const item =
    kind === 'track'
      ? { kind, track: data as TrackDefinition }
      : kind === 'actor'
        ? { kind, actor: data as Actor }
        : { kind, source: data as Source }
  return { item, error: null }
}

/** An item with a new name (and colour), everything else about it kept. */
export function renamedItem(
  kind: CatalogueKind,
  catalogue: Catalogue,
  id: string,
  change: { name: string; colour?: string | undefined },
): Checked {
  const name = change.name.trim()
  if (name === '') return { item: null, error: `${KIND_NAMES[kind].a} needs a name` }
  if (kind === 'track') {
    const track = catalogue.tracks.find((t) => t.id === id)
    return checked(kind, { ...track, label: name, colour: change.colour ?? track?.colour })
  }
  const list: Array<Actor | Source> = kind === 'actor' ? catalogue.actors : catalogue.sources
  return checked(kind, { ...list.find((item) => item.id === id), name })
}

/** A new item from the name typed (and a track's colour, an actor's or source's kind). */
export function newItem(
  kind: CatalogueKind,
  fields: { name: string; colour: string; actorKind: Actor['kind']; sourceKind: Source['kind'] },
  makeId: (name: string, kind: string) => string = newCatalogueId,
): Checked {
  const name = fields.name.trim()
  if (name === '') return { item: null, error: `${KIND_NAMES[kind].a} needs a name` }
  const id = makeId(name, kind)
  if (kind === 'track') return checked(kind, { id, label: name, colour: fields.colour })
  if (kind === 'actor') return checked(kind, { id, name, kind: fields.actorKind })
  return checked(kind, { id, name, kind: fields.sourceKind })
}
