import { Cite, plugins } from '@citation-js/core'
// Each plugin registers its formats with citation-js's core when loaded.
import '@citation-js/plugin-bibtex'
import '@citation-js/plugin-ris'
import type { CitationFormat } from '../../../shared/exports'
import type { CslItem } from './cited-items'

/** LaTeX's special characters, as BibTeX must carry them in text. */
const LATEX_SPECIALS: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
}

const escapeLatex = (text: string): string =>
  text.replace(/[\\{}&%$#_~^]/g, (c) => LATEX_SPECIALS[c]!)

/** The item with its text (not its address or key) as BibTeX must carry it. */
function forBibtex(item: CslItem): CslItem {
  return {
    ...item,
    ...(item.title === undefined ? {} : { title: escapeLatex(item.title) }),
    ...(item['container-title'] === undefined
      ? {}
      : { 'container-title': escapeLatex(item['container-title']) }),
    ...(item.author === undefined
      ? {}
      : { author: item.author.map(({ literal }) => ({ literal: escapeLatex(literal) })) }),
    ...(item.note === undefined ? {} : { note: escapeLatex(item.note) }),
  }
}

/**
 * BibTeX in UTF-8. citation-js writes it in ASCII by default, turning letters into LaTeX
 * commands and dropping those it has none for: a source named in Cyrillic, Arabic or Chinese
 * ("ТАСС") came out as an empty journal. Zotero, biber and JabRef read UTF-8; LaTeX's special
 * characters, which citation-js escapes only when it writes ASCII, are escaped here.
 */
function unicodeBibtex(items: readonly CslItem[]): string {
  const config = plugins.config.get('@bibtex') as { format: { asciiOnly: boolean } }
  const asciiOnly = config.format.asciiOnly
  config.format.asciiOnly = false
  try {
    return new Cite(items.map(forBibtex)).format('bibtex', { format: 'text' })
  } finally {
    config.format.asciiOnly = asciiOnly
  }
}

/**
 * Writes CSL-JSON items as one of the formats Zotero imports, through citation-js: CSL-JSON as
 * it normalises it, BibTeX (the item's `citation-key` is its key), or RIS. Only items given as
 * objects: citation-js fetches nothing for them, so it works offline.
 */
export function formatCitations(items: readonly CslItem[], format: CitationFormat): string {
  if (items.length === 0) return format === 'csl-json' ? '[]\n' : ''
  if (format === 'bibtex') return unicodeBibtex(items)
  const cite = new Cite(items)
  if (format === 'csl-json') return `${cite.format('data', { format: 'text' }).trimEnd()}\n`
  return `${cite.format('ris', { format: 'text' }).trimEnd()}\n`
}
