import { describe, expect, it } from 'vitest'
import { IdSchema } from '../../../shared/model'
import { newCatalogueId } from './new-ids'

describe('new catalogue ids', () => {
  it('carry a random suffix and always pass the id schema', () => {
    const a = newCatalogueId('Кремль', 'source')
    const b = newCatalogueId('Кремль', 'source')
    expect(a).toMatch(/^kreml-[a-z0-9]{4}$/)
    expect(a).not.toBe(b)
    expect(IdSchema.safeParse(newCatalogueId('x'.repeat(500), 'actor')).success).toBe(true)
  })
})
