import { describe, expect, it } from 'vitest'
import { normalizeText, searchWords } from './normalize-text'

describe('normalizeText', () => {
  it('lower-cases plain ASCII words', () => {
    expect(normalizeText('Witkoff MET Dmitriev in MIAMI')).toBe('witkoff met dmitriev in miami')
  })

  it('takes accents off Latin letters and folds the dotless i', () => {
    expect(normalizeText('Erdoğan')).toBe('erdogan')
    expect(normalizeText('TÜRKIYE')).toBe('turkiye')
    expect(normalizeText('Kılıçdaroğlu')).toBe('kilicdaroglu')
  })

  it('keeps the letters of other scripts whole, as the file search does', () => {
    expect(normalizeText('Київ')).toBe('київ')
    expect(normalizeText('Зеленський')).toBe('зеленський')
  })

  it('folds a mixed text word by word', () => {
    expect(searchWords('Kyiv (Київ), Genève: 21-point plan')).toEqual([
      'kyiv',
      'київ',
      'geneve',
      '21',
      'point',
      'plan',
    ])
  })
})
