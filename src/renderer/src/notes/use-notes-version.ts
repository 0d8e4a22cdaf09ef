import { api } from '../api-client'
import { useSettledChanges } from '../follow-ups'

/**
 * Moves once the main process has said the user's notes changed and they have then stayed
 * unchanged for a moment (see `FOLLOW_UP_QUIET_MS`): notes saved in a row are each shown at once
 * by their own panel, and cause one set of re-reads, after the last. Only what shows note counts
 * or finds events by their notes (the timeline, the event list, orphaned notes) follows it, each
 * on its own: the rest of the workspace is not drawn again for a note. It moves as a transition,
 * so drawing what it brings never holds up what the user does meanwhile.
 */
export function useNotesVersion(): number {
  return useSettledChanges(api.onNotesChanged)
}

/** One version that moves with the data and with the notes (both only ever grow). */
export function useDataAndNotesVersion(dataVersion: number): number {
  return dataVersion + useNotesVersion()
}
