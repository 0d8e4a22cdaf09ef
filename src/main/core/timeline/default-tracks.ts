import type { TrackDefinition } from '../../../shared/model'

/** A new timeline starts with one lane, so there is somewhere for its first event to go. */
export const EMPTY_TIMELINE_TRACKS: TrackDefinition[] = [
  { id: 'general', label: 'General', colour: '#2f5d9c' },
]
