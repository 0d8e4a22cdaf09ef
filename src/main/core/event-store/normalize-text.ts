// eslint-disable-next-line no-control-regex
const ASCII = /^[\x00-\x7f]*$/

/**
 * Folds case and accents so "erdogan" finds "Erdoğan" and "turkiye" finds "Türkiye". Accents
 * come off Latin letters only, as a timeline file's FTS5 tokenizer (unicode61,
 * remove_diacritics 2) takes them off: it keeps the ї of "Київ" and the й of "Зеленський", so
 * folding them here would make a search for "київ" find nothing there.
 */
export function normalizeText(text: string): string {
  // Most words are plain ASCII, where folding is lower-casing: the Unicode passes below are
  // the bulk of loading and indexing a large timeline, so they run only where they can matter.
  if (ASCII.test(text)) return text.toLowerCase()
  return text
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})\p{M}+/gu, '$1')
    .normalize('NFC')
    .toLocaleLowerCase('en')
    .replace(/ı/g, 'i')
}

export function searchWords(text: string): string[] {
  return normalizeText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
}
