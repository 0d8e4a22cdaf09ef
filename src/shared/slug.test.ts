import { describe, expect, it } from 'vitest'
import { slugOf } from './slug'

describe('ids made from names', () => {
  it('keep Latin names as they read, without accents', () => {
    expect(slugOf('Recep Tayyip Erdoğan', 'actor')).toBe('recep-tayyip-erdogan')
    expect(slugOf('Mediators (Qatar, Türkiye)', 'track')).toBe('mediators-qatar-turkiye')
    expect(slugOf('  NBC News / Kremlin ', 'source')).toBe('nbc-news-kremlin')
  })

  it('write Cyrillic, Greek and Arabic names in Latin letters, so a source keeps a telling key', () => {
    expect(slugOf('ТАСС', 'source')).toBe('tass')
    expect(slugOf('Сергей Лавров', 'actor')).toBe('sergei-lavrov')
    expect(slugOf('Укрінформ', 'source')).toBe('ukrinform')
    expect(slugOf('Καθημερινή', 'source')).toBe('kathimerini')
    expect(slugOf('الجزيرة', 'source')).toBe('aljzyrt')
  })

  it('fall back to the kind when no letter or digit is left', () => {
    expect(slugOf('新华社', 'source')).toBe('source')
    expect(slugOf('«»', 'source')).toBe('source')
  })
})
