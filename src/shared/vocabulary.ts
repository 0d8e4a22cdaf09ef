/**
 * The app's fixed vocabulary: statuses, date precisions and roles, with their labels. Plain
 * constants with no dependencies, so the renderer can use them without loading zod. Tracks
 * are not here: each timeline defines its own.
 */

/** A track's id: each timeline defines its tracks (label, order, colour). */
export type Track = string

export const STATUSES = ['confirmed', 'reported', 'disputed', 'denied'] as const
export type Status = (typeof STATUSES)[number]

export const STATUS_LABELS: Record<Status, string> = {
  confirmed: 'Confirmed',
  reported: 'Reported',
  disputed: 'Disputed',
  denied: 'Denied',
}

/** One mark per status, beside its word in the app and in the briefing, so status reads without colour. */
export const STATUS_MARKS: Record<Status, string> = {
  confirmed: '●',
  reported: '○',
  disputed: '◆',
  denied: '✕',
}

export const DATE_PRECISIONS = ['exact', 'day', 'month', 'approximate'] as const
export type DatePrecision = (typeof DATE_PRECISIONS)[number]

export const ACTOR_ROLES = ['host', 'envoy', 'mediator', 'party'] as const
export type ActorRole = (typeof ACTOR_ROLES)[number]

/**
 * How many screens of time, each side of the visible range, a timeline window answer also
 * covers, so a pan shows content that is already there.
 */
export const WINDOW_MARGIN_SCREENS = 0.75
