import transliterate from '@sindresorhus/transliterate'

/**
 * A readable id from a name: "Steve Witkoff" → "steve-witkoff", "ТАСС" → "tass", "Сергей
 * Лавров" → "sergei-lavrov"; `fallback` when no letter or digit is left (scripts the library
 * has no Latin for, such as Chinese or Hebrew). Accents are taken off first, so a Latin name
 * keeps its letters ("Erdoğan" → "erdogan", not the German-style "ue" for "ü").
 */
export function slugOf(name: string, fallback: string): string {
  const slug = transliterate(name.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
  return slug || fallback
}
