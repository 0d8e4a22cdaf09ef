import { describe, expect, it } from 'vitest'
import { IdSchema } from '../../../shared/model'
import { newCatalogueId, slugOf } from './new-ids'

describe('new catalogue ids', () => {
  it('are the name, lower-case, without accents, with hyphens between words', () => {
    expect(slugOf('Recep Tayyip Erdoğan', 'actor')).toBe('recep-tayyip-erdogan')
    expect(slugOf('  NBC News / Kremlin ', 'source')).toBe('nbc-news-kremlin')
  })

  it('fall back to the kind when the name has no letter or digit', () => {
    expect(slugOf('«»', 'source')).toBe('source')
  })

  it('carry a random suffix and always pass the id schema', () => {
    const a = newCatalogueId('Кремль', 'source')
    const b = newCatalogueId('Кремль', 'source')
    expect(a).toMatch(/^kreml-[a-z0-9]{4}$/)
    expect(a).not.toBe(b)
    expect(IdSchema.safeParse(newCatalogueId('x'.repeat(500), 'actor')).success).toBe(true)
  })
})
