import { describe, expect, it } from 'vitest'
import { formatBytes, verifyMessage } from './document-words'

const id = '0b6c7a52-3f1e-4d6a-9b2c-5e8f7a6d4c3b'

describe('documents in words', () => {
  it('gives sizes in bytes, KB and MB', () => {
    expect(formatBytes(17)).toBe('17 bytes')
    expect(formatBytes(2560)).toBe('2.5 KB')
    expect(formatBytes(200 * 1024 * 1024)).toBe('200.0 MB')
  })

  it('says all is intact only when nothing changed or went missing', () => {
    expect(verifyMessage({ checked: 2, changed: [], missing: [] })).toEqual({
      text: 'All 2 documents are intact: each hashes as when it was attached.',
      intact: true,
    })
    expect(verifyMessage({ checked: 0, changed: [], missing: [] }).text).toMatch(/no documents/)
    const bad = verifyMessage({
      checked: 3,
      changed: [{ id, name: 'statement.pdf' }],
      missing: [{ id, name: 'page.html' }],
    })
    expect(bad.intact).toBe(false)
    expect(bad.text).toBe(
      'Of 3 documents, 1 changed since attached (their SHA-256 no longer matches): “statement.pdf”; 1 missing their bytes: “page.html”.',
    )
  })
})
