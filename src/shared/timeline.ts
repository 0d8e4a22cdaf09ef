/** The open timeline as the app shows it: what it is called, where it is, and can it be edited. */
import { z } from 'zod'
import { TrackDefinitionSchema } from './model'

/** Timeline files end in this; the save dialog suggests it. */
export const TIMELINE_EXTENSION = '.timeline'

export const TimelineTitleSchema = z
  .string()
  .trim()
  .min(1, 'a timeline needs a title')
  .max(200, 'a title can be at most 200 characters')

export const TimelineInfoSchema = z.object({
  /** Stable across renames and moves; the user's notes are keyed by it. */
  id: z.string(),
  title: z.string(),
  description: z.string(),
  /** The file, or null for the bundled sample. */
  path: z.string().nullable(),
  isSample: z.boolean(),
  /** Why it cannot be edited ("the bundled sample", "the file is read-only"), or null. */
  readOnlyReason: z.string().nullable(),
  /** The lanes, in order. */
  tracks: z.array(TrackDefinitionSchema),
})
export type TimelineInfo = z.infer<typeof TimelineInfoSchema>

export const RecentTimelineSchema = z.object({ path: z.string(), title: z.string() })
export type RecentTimeline = z.infer<typeof RecentTimelineSchema>
