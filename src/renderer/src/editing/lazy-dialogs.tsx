import { lazy, Suspense } from 'react'
import type { EventDialogProps } from './event-dialog'
import type { LinkDialogProps } from '../evidence/link-dialog'
import type { ManageDialogProps } from './manage-dialog'

// The editing dialogs check with the shared zod schemas, which the first screen does not
// need: they are loaded the first time one opens, not at start-up.
const LoadedEventDialog = lazy(() =>
  import('./event-dialog').then((m) => ({ default: m.EventDialog })),
)
const LoadedManageDialog = lazy(() =>
  import('./manage-dialog').then((m) => ({ default: m.ManageDialog })),
)

const LoadedLinkDialog = lazy(() =>
  import('../evidence/link-dialog').then((m) => ({ default: m.LinkDialog })),
)

/** The "Event" dialog, loaded when first opened. */
export function EventDialog(props: EventDialogProps) {
  return (
    <Suspense fallback={null}>
      <LoadedEventDialog {...props} />
    </Suspense>
  )
}

/** The "Manage" dialog, loaded when first opened. */
export function ManageDialog(props: ManageDialogProps) {
  return (
    <Suspense fallback={null}>
      <LoadedManageDialog {...props} />
    </Suspense>
  )
}

/** The "Link" dialog, loaded when first opened. */
export function LinkDialog(props: LinkDialogProps) {
  return (
    <Suspense fallback={null}>
      <LoadedLinkDialog {...props} />
    </Suspense>
  )
}
