import { describe, expect, it } from 'vitest'
import { MigrationError, migrateDocument, type Migrations } from './migrate-document'

// A made-up history: v1 stored `body`, v2 renamed it to `text`, v3 added `tags`.
const migrations: Migrations = {
  1: (doc) => ({
    ...doc,
    notes: (doc['notes'] as Array<{ body: string }>).map(({ body }) => ({ text: body })),
  }),
  2: (doc) => ({
    ...doc,
    notes: (doc['notes'] as Array<{ text: string }>).map((note) => ({ ...note, tags: [] })),
  }),
}

describe('migrateDocument', () => {
  it('runs every numbered step from the stored version to the current one', () => {
    const v1 = { schemaVersion: 1, notes: [{ body: 'hello' }] }
    expect(migrateDocument(v1, 3, migrations)).toEqual({
      schemaVersion: 3,
      notes: [{ text: 'hello', tags: [] }],
    })
  })

  it('leaves a current document as it is', () => {
    const v3 = { schemaVersion: 3, notes: [] }
    expect(migrateDocument(v3, 3, migrations)).toEqual(v3)
  })

  it.each([
    [null, /expected an object/],
    [[], /expected an object/],
    [{ notes: [] }, /schemaVersion: expected a whole number/],
    [{ schemaVersion: 9 }, /newer version of the app/],
    [{ schemaVersion: 0 }, /expected a whole number/],
  ])('refuses %j with a clear reason', (raw, message) => {
    expect(() => migrateDocument(raw, 3, migrations)).toThrow(MigrationError)
    expect(() => migrateDocument(raw, 3, migrations)).toThrow(message)
  })

  it('says when a step is missing', () => {
    expect(() => migrateDocument({ schemaVersion: 1 }, 3, { 2: (d) => d })).toThrow(
      'schemaVersion: no migration from version 1',
    )
  })
})
