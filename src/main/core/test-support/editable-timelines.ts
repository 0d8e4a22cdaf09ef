// Vitest only: e2e specs import editable-timeline.ts too, and Playwright cannot load vitest.
import { afterEach } from 'vitest'
import { openEditable, sampleTimelineFile, type EditableTimeline } from './editable-timeline'

/**
 * For a test file: `editable()` opens a copy of the sample for editing, `reopen()` closes one
 * and opens its file again (as a restart does); every one opened is closed after each test.
 */
export function editableTimelines(): {
  editable(): Promise<EditableTimeline>
  reopen(timeline: EditableTimeline): EditableTimeline
} {
  let open: EditableTimeline[] = []
  afterEach(() => {
    for (const timeline of open) timeline.close()
    open = []
  })
  const kept = (timeline: EditableTimeline) => {
    open.push(timeline)
    return timeline
  }
  return {
    editable: async () => kept(openEditable(await sampleTimelineFile())),
    reopen: (timeline) => {
      timeline.close()
      return kept(openEditable(timeline.path))
    },
  }
}
