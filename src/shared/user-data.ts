/** What the user is told when a file of theirs could not be used as it was. */
import { z } from 'zod'

export const UserDataNoticeSchema = z.object({
  file: z.string(),
  message: z.string(),
  /** The name the unreadable original was kept under, byte for byte. */
  keptAs: z.string().optional(),
})
export type UserDataNotice = z.infer<typeof UserDataNoticeSchema>
