/**
 * The kinds of link between accounts and how each reads: plain constants with no
 * dependencies, so the renderer's first view draws links without loading zod (see
 * vocabulary.ts; the schemas are in links.ts).
 */
export const EVENT_LINK_KINDS = ['responds-to', 'follows-from', 'contradicts', 'same-as'] as const
export const CLAIM_LINK_KINDS = ['contradicts', 'corroborates'] as const
export const LINK_KINDS = [
  'responds-to',
  'follows-from',
  'contradicts',
  'same-as',
  'corroborates',
] as const
export type LinkKind = (typeof LINK_KINDS)[number]

/** How a link reads from its first side, and from its second. */
export const LINK_LABELS: Record<LinkKind, { outgoing: string; incoming: string }> = {
  'responds-to': { outgoing: 'responds to', incoming: 'is answered by' },
  'follows-from': { outgoing: 'follows from', incoming: 'leads to' },
  contradicts: { outgoing: 'contradicts', incoming: 'is contradicted by' },
  'same-as': { outgoing: 'is the same as', incoming: 'is the same as' },
  corroborates: { outgoing: 'corroborates', incoming: 'is corroborated by' },
}

/** The most events the timeline asks links among at once: more than it ever draws. */
export const LINKED_EVENTS_MAX = 1000
