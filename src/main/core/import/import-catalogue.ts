import type { Actor, Source, TrackDefinition } from '../../../shared/model'
import { slugOf } from '../../../shared/slug'
import type { EntityChange } from '../edits/entity-change'
import type { CatalogueWriter, PositionedTrack } from '../timeline/catalogue-writer'
import type { ActorRef, SourceRef, TrackRef } from './event-spec'

/**
 * Colours for the tracks an import makes, distinct from each other and readable on white
 * (ColorBrewer's Dark2 and Set1); once all are used, the least used come round again.
 */
const TRACK_COLOURS = [
  '#1b9e77',
  '#d95f02',
  '#7570b3',
  '#e7298a',
  '#66a61e',
  '#e6ab02',
  '#a6761d',
  '#e41a1c',
  '#377eb8',
  '#984ea3',
  '#ff7f00',
  '#4daf4a',
]

type Kind = 'track' | 'actor' | 'source'
const lower = (text: string) => text.trim().toLowerCase()

/**
 * The timeline's tracks, actors and sources as an import sees them: a name in the file finds
 * the item of that id, else of that name (any case), else a new item is made, with an id from
 * its name that no other item has. New items are only proposed by `resolve`; `adopt` takes
 * them once the event that needs them is accepted, so a refused row makes nothing.
 */
export class ImportCatalogue {
  private readonly byId: Record<Kind, Set<string>> = {
    track: new Set(),
    actor: new Set(),
    source: new Set(),
  }
  private readonly byName: Record<Kind, Map<string, string>> = {
    track: new Map(),
    actor: new Map(),
    source: new Map(),
  }
  /** Every source's name by id, so writing a claim's search text needs no lookup. */
  readonly sourceNames = new Map<string, string>()
  private readonly coloursUsed = new Map<string, number>()
  private nextPosition: number

  constructor(
    existing: { tracks: TrackDefinition[]; actors: Actor[]; sources: Source[] },
    private readonly writer: Pick<CatalogueWriter, 'nextTrackPosition'>,
  ) {
    for (const t of existing.tracks) this.know('track', t.id, t.label, t.colour)
    for (const a of existing.actors) this.know('actor', a.id, a.name)
    for (const s of existing.sources) this.know('source', s.id, s.name)
    this.nextPosition = writer.nextTrackPosition()
  }

  /** Items the file brings whole (the app's JSON document), known before its events. */
  know(kind: Kind, id: string, name: string, colour?: string): void {
    this.byId[kind].add(id)
    if (kind === 'source') this.sourceNames.set(id, name)
    if (!this.byName[kind].has(lower(name))) this.byName[kind].set(lower(name), id)
    if (colour) this.coloursUsed.set(colour, (this.coloursUsed.get(colour) ?? 0) + 1)
  }

  has(kind: Kind, id: string): boolean {
    return this.byId[kind].has(id)
  }

  /** The ids an event's references take, and the items to make for those that are new. */
  resolve(refs: { track: TrackRef; actors: ActorRef[]; sources: SourceRef[] }): {
    track: string
    actors: string[]
    sources: string[]
    fresh: EntityChange[]
  } {
    const fresh: EntityChange[] = []
    const proposed = new Map<string, string>()
    const find = (
      kind: Kind,
      ref: { id?: string | undefined; name: string },
      make: (id: string) => EntityChange,
    ) => {
      if (ref.id && this.byId[kind].has(ref.id)) return ref.id
      const known =
        this.byName[kind].get(lower(ref.name)) ?? proposed.get(`${kind}:${lower(ref.name)}`)
      if (known !== undefined) return known
      const id = this.freeId(kind, ref.id || slugOf(ref.name, kind), proposed)
      proposed.set(`${kind}:${lower(ref.name)}`, id)
      fresh.push(make(id))
      return id
    }
    const track = find('track', { ...refs.track, name: refs.track.label }, (id) => {
      const after: PositionedTrack = {
        id,
        label: refs.track.label.slice(0, 100),
        colour: this.colourFor(refs.track.colour),
        position: 0,
      }
      return { kind: 'track', id, before: null, after }
    })
    const actors = refs.actors.map((ref) =>
      find('actor', ref, (id) => ({
        kind: 'actor',
        id,
        before: null,
        after: { id, name: ref.name.slice(0, 200), kind: 'organisation' },
      })),
    )
    const sources = refs.sources.map((ref) =>
      find('source', ref, (id) => ({
        kind: 'source',
        id,
        before: null,
        after: { id, name: ref.name.slice(0, 200), kind: ref.kind },
      })),
    )
    return { track, actors, sources, fresh }
  }

  /** Takes the new items of an accepted event; a new track is put after the others. */
  adopt(fresh: EntityChange[]): void {
    for (const change of fresh) {
      const item = change.after as { id: string; name?: string; label?: string; colour?: string }
      if (change.kind === 'track') {
        ;(change.after as PositionedTrack).position = this.nextPosition
        this.nextPosition += 1
      }
      this.know(change.kind as Kind, item.id, item.name ?? item.label ?? item.id, item.colour)
    }
  }

  private freeId(kind: Kind, base: string, proposed: Map<string, string>): string {
    const taken = (id: string) => this.byId[kind].has(id) || [...proposed.values()].includes(id)
    if (!taken(base)) return base
    for (let n = 2; ; n += 1) if (!taken(`${base}-${n}`)) return `${base}-${n}`
  }

  private colourFor(wanted: string | undefined): string {
    if (wanted && /^#[0-9a-f]{6}$/i.test(wanted)) return wanted.toLowerCase()
    const uses = (colour: string) => this.coloursUsed.get(colour) ?? 0
    return TRACK_COLOURS.reduce((best, next) => (uses(next) < uses(best) ? next : best))
  }
}
