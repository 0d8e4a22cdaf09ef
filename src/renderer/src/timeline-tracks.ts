import type { TrackDefinition } from '../../shared/model'

/**
 * The open timeline's tracks. Each timeline defines its own; the page is loaded anew when
 * another timeline opens, so they are set once, at boot, before anything is drawn.
 */
let tracks: readonly TrackDefinition[] = []
let labels = new Map<string, string>()

export function setTimelineTracks(next: readonly TrackDefinition[]): void {
  tracks = next
  labels = new Map(next.map((t) => [t.id, t.label]))
}

export function timelineTracks(): readonly TrackDefinition[] {
  return tracks
}

export function trackIds(): string[] {
  return tracks.map((t) => t.id)
}

export function trackLabel(id: string): string {
  return labels.get(id) ?? id
}
