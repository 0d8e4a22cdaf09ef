import { useCallback, useEffect, useState } from 'react'
import type { EditOutcome, EditState } from '../../../shared/edits'
import { api, unwrap } from '../api-client'
import type { SendEdit } from './use-edit-sending'
import { runAction } from '../failure-reports'
import { isTextField, stepOfKey, type EditStep } from './edit-keys'

export type { EditStep } from './edit-keys'

/**
 * Undo and Redo of the timeline's edits: what each would do now (for the buttons and their
 * tooltips), the keys outside text fields, and the Edit menu. Each is sent through `send`;
 * `apply` shows its outcome everywhere once it is on disk.
 */
export function useEditHistory(
  apply: (outcome: EditOutcome, step: EditStep) => Promise<void>,
  onFailure: (message: string) => void,
  send: SendEdit,
): { state: EditState; setState(state: EditState): void; undo(): void; redo(): void } {
  const [state, setState] = useState<EditState>({ undoLabel: null, redoLabel: null })

  useEffect(() => {
    unwrap(api.getEditState()).then(setState, (e: Error) =>
      onFailure(`Undo is not available: ${e.message}`),
    )
  }, [onFailure])

  const step = useCallback(
    (which: EditStep) => {
      runAction(which === 'undo' ? 'Undo' : 'Redo', async () => {
        const outcome = await send(which === 'undo' ? api.undoEdit() : api.redoEdit())
        setState(outcome.state)
        await apply(outcome, which)
      })
    },
    [apply, send],
  )

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const which = stepOfKey(event)
      // A dialog's own fields and buttons are not the timeline: no edit is undone under it.
      if (!which || isTextField(event.target) || document.querySelector('dialog[open]')) return
      event.preventDefault()
      step(which)
    }
    // The Edit menu sends Undo and Redo here: typing in a text field is undone in the field.
    const fromMenu = (which: EditStep) => () => {
      if (isTextField(document.activeElement)) document.execCommand(which)
      else if (!document.querySelector('dialog[open]')) step(which)
    }
    window.addEventListener('keydown', onKey)
    const unsubscribe = [
      api.onUndoRequested(fromMenu('undo')),
      api.onRedoRequested(fromMenu('redo')),
    ]
    return () => {
      window.removeEventListener('keydown', onKey)
      unsubscribe.forEach((stop) => stop())
    }
  }, [step])

  return { state, setState, undo: () => step('undo'), redo: () => step('redo') }
}
