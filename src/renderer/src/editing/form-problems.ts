/**
 * Which of the form's problems to show, and how to name them. A problem shows beside its field
 * once the user has typed in the field or left it, not on an untouched form; the ones not
 * shown yet are named beside "Save event", which stays disabled until there are none.
 */
import type { FieldErrors } from './event-draft'
import type { EventForm } from './event-form'

const TOP_LABELS: Record<string, string> = {
  title: 'Title',
  start: 'Start',
  end: 'End',
  precision: 'Precision',
  timeZone: 'Time zone',
  place: 'Place',
  track: 'Track',
  status: 'Status',
  tags: 'Tags',
  summary: 'Summary',
  claims: 'Claims',
  actors: 'Actors',
}

const CLAIM_LABELS: Record<string, string> = {
  claimant: 'Claimant',
  sourceId: 'Source',
  newSourceName: 'New source name',
  reported: 'Reported',
  readOn: 'Read on',
  text: 'Claim text',
  isQuote: 'Exact quote',
  status: 'Claim status',
  url: 'URL',
}

/**
 * The key a field is marked touched by: a claim's or actor's fields by the row's own key, so
 * removing a row above does not pass its marks to the row below.
 */
export function touchKeyOf(errorKey: string, form: EventForm): string {
  const [top, index, field] = errorKey.split('.')
  if ((top === 'claims' || top === 'actors') && index !== undefined && field !== undefined) {
    const rows = top === 'claims' ? form.claims : form.actors
    const row = rows[Number(index)]
    if (row) return `${row.key}.${field}`
  }
  return errorKey
}

/** The problems of the fields the user has touched. */
export function visibleErrors(
  errors: FieldErrors,
  touched: ReadonlySet<string>,
  form: EventForm,
): FieldErrors {
  return Object.fromEntries(
    Object.entries(errors).filter(([key]) => touched.has(touchKeyOf(key, form))),
  )
}

/** A field's name as its label says it, with its claim or actor: "Claim 2 Source". */
export function fieldName(errorKey: string): string {
  const [top, index, field] = errorKey.split('.')
  if (index === undefined) return TOP_LABELS[errorKey] ?? errorKey
  const place = Number(index) + 1
  if (top === 'actors') return `Actor ${place}`
  return `Claim ${place} ${CLAIM_LABELS[field ?? ''] ?? field}`
}

/** What still stands between the form and "Save event", in the dialog's words. */
export function saveBlockers(errors: FieldErrors): string {
  const names = [...new Set(Object.keys(errors).map(fieldName))]
  return names.length === 0 ? '' : `To save, fix or fill in: ${names.join(', ')}.`
}
