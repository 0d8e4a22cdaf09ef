import {
  CLAIM_LINK_KINDS,
  EVENT_LINK_KINDS,
  LinkDraftSchema,
  type LinkDraft,
  type LinkKind,
} from '../../../shared/links'

/** What the "Link" dialog holds as the user fills it in. */
export interface LinkForm {
  /** This event's claim the link starts at; '' for the event itself. */
  fromClaimId: string
  /** The other event, once picked. */
  otherEventId: string | null
  /** The other event's claim; '' for the event itself. */
  toClaimId: string
  kind: LinkKind
  note: string
}

export type LinkField = 'other' | 'from' | 'to' | 'kind' | 'note'

export const EMPTY_LINK_FORM: LinkForm = {
  fromClaimId: '',
  otherEventId: null,
  toClaimId: '',
  kind: 'contradicts',
  note: '',
}

/** Claims link as claims once a claim is chosen on either side; events link as events. */
export function kindsFor(form: LinkForm): readonly LinkKind[] {
  return form.fromClaimId !== '' || form.toClaimId !== '' ? CLAIM_LINK_KINDS : EVENT_LINK_KINDS
}

/** The form after a change: its kind kept if the sides still allow it, else the first they do. */
export function changeLinkForm(form: LinkForm, patch: Partial<LinkForm>): LinkForm {
  const next = { ...form, ...patch }
  // Another event has other claims.
  const otherEvent = patch.otherEventId !== undefined && patch.otherEventId !== form.otherEventId
  if (otherEvent && patch.toClaimId === undefined) next.toClaimId = ''
  const kinds = kindsFor(next)
  return kinds.includes(next.kind) ? next : { ...next, kind: kinds[0]! }
}

/**
 * The link the form describes, checked by the schema the main process checks it with, or what
 * is wrong with it, by field.
 */
export function checkLinkForm(
  eventId: string,
  form: LinkForm,
): { draft: LinkDraft | null; errors: Partial<Record<LinkField, string>> } {
  if (form.otherEventId === null)
    return { draft: null, errors: { other: 'Choose the event to link to.' } }
  const end = (id: string, claimId: string) => ({ eventId: id, ...(claimId ? { claimId } : {}) })
  const note = form.note.trim()
  const parsed = LinkDraftSchema.safeParse({
    kind: form.kind,
    from: end(eventId, form.fromClaimId),
    to: end(form.otherEventId, form.toClaimId),
    ...(note ? { note } : {}),
  })
  if (parsed.success) return { draft: parsed.data, errors: {} }
  const errors: Partial<Record<LinkField, string>> = {}
  for (const issue of parsed.error.issues) {
    const field = issue.path[0] as LinkField
    const message = issue.message[0]!.toUpperCase() + issue.message.slice(1)
    errors[field] ??= message.endsWith('.') ? message : `${message}.`
  }
  return { draft: null, errors }
}
