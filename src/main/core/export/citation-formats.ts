import { Cite } from '@citation-js/core'
// Each plugin registers its formats with citation-js's core when loaded.
import '@citation-js/plugin-bibtex'
import '@citation-js/plugin-ris'
import type { CitationFormat } from '../../../shared/exports'
import type { CslItem } from './cited-items'

/**
 * Writes CSL-JSON items as one of the formats Zotero imports, through citation-js: CSL-JSON as
 * it normalises it, BibTeX (the item's `citation-key` is its key), or RIS. Only items given as
 * objects: citation-js fetches nothing for them, so it works offline.
 */
export function formatCitations(items: readonly CslItem[], format: CitationFormat): string {
  if (items.length === 0) return format === 'csl-json' ? '[]\n' : ''
  const cite = new Cite(items)
  if (format === 'csl-json') return `${cite.format('data', { format: 'text' }).trimEnd()}\n`
  if (format === 'bibtex') return cite.format('bibtex', { format: 'text' })
  return `${cite.format('ris', { format: 'text' }).trimEnd()}\n`
}
