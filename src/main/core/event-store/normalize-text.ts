/** Folds case and accents so "erdogan" finds "Erdoğan" and "turkiye" finds "Türkiye". */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase('en')
    .replace(/ı/g, 'i')
}

export function searchWords(text: string): string[] {
  return normalizeText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
}
