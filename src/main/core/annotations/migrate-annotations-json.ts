import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { AnnotationsDocumentSchema } from '../../../shared/annotations'
import type { UserDataNotice } from '../../../shared/user-data'
import type { UserDatabase } from '../user-data/user-database'

/** Where notes were kept before they moved into the user database. */
export const ANNOTATIONS_FILE = 'annotations.json'
const MIGRATED = 'annotations-json-migrated'

/**
 * Moves the notes of an `annotations.json` (written before notes lived in SQLite) into the
 * user database, once, onto the bundled sample where they were written. The JSON file is
 * left as it was. Notes already there (an interrupted earlier run) are not added twice.
 */
export async function migrateAnnotationsJson(
  db: UserDatabase,
  userDataDir: string,
  sampleTimelineId: string,
): Promise<UserDataNotice | null> {
  if (db.setting(MIGRATED) !== null) return null
  let text: string
  try {
    text = await readFile(join(userDataDir, ANNOTATIONS_FILE), 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    return {
      file: ANNOTATIONS_FILE,
      message: `Your notes in ${ANNOTATIONS_FILE} could not be read (${(error as NodeJS.ErrnoException).code ?? 'unknown error'}); the file was left as it is and will be tried again at the next start.`,
    }
  }
  let notes
  try {
    notes = AnnotationsDocumentSchema.parse(JSON.parse(text)).annotations
  } catch (error) {
    const reason =
      error instanceof SyntaxError ? 'it is not valid JSON' : 'it does not have the expected shape'
    return {
      file: ANNOTATIONS_FILE,
      message: `Your notes in ${ANNOTATIONS_FILE} could not be moved into the app's database: ${reason}. The file was left untouched.`,
    }
  }
  const known = new Set(db.notesOf(sampleTimelineId).map((n) => n.id))
  db.insertNotes(
    sampleTimelineId,
    notes.filter((n) => !known.has(n.id)),
    'the move of your notes',
  )
  db.setSetting(MIGRATED, new Date().toISOString())
  return {
    file: ANNOTATIONS_FILE,
    message: `Your ${notes.length} ${notes.length === 1 ? 'note was' : 'notes were'} moved from ${ANNOTATIONS_FILE} into the app's database, on the bundled sample where you wrote them. ${ANNOTATIONS_FILE} is kept unchanged beside it.`,
  }
}
