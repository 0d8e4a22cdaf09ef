import { slugOf } from '../../../shared/slug'

export { slugOf }

function randomSuffix(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(4))
  return Array.from(bytes, (b) => (b % 36).toString(36)).join('')
}

/**
 * The id of a source, actor or track made in the app. The renderer chooses it (the contract
 * saves new sources and actors with their event in one edit), so a short random suffix keeps
 * it from clashing with one already in the timeline or made in another window.
 */
export function newCatalogueId(name: string, kind: string, suffix = randomSuffix()): string {
  return `${slugOf(name, kind)}-${suffix}`
}
