import { api, unwrap } from '../api-client'
import { runAction } from '../failure-reports'
import { announceNotesImported } from '../notes/notes-imported'

/**
 * "Export my notes" and "Import notes", each saying in the status line what it did. The panels
 * that show note counts hear of an import from the main process; the open event's notes panel
 * from here.
 */
export function useNoteTransfer(say: (message: string) => void): {
  exportNotes(): void
  importNotes(): void
} {
  const exportNotes = async () => {
    try {
      const result = await unwrap(api.exportAnnotations())
      const notes = result?.count === 1 ? 'note' : 'notes'
      if (result) say(`Exported ${result.count} ${notes} to ${result.path}`)
    } catch (e) {
      say(`Export failed: ${(e as Error).message}`)
    }
  }
  const importNotes = async () => {
    try {
      const result = await unwrap(api.importAnnotations())
      if (!result) return
      if (result.added + result.keptSideBySide > 0) announceNotesImported()
      say(
        `Imported from ${result.path}: ${result.added} added, ${result.keptSideBySide} kept beside a different version, ${result.unchanged} already there.`,
      )
    } catch (e) {
      say((e as Error).message)
    }
  }
  return {
    exportNotes: () => runAction('Exporting your notes', exportNotes),
    importNotes: () => runAction('Importing notes', importNotes),
  }
}
