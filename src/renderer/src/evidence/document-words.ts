import type { DocumentCheck } from '../../../shared/documents'

/** A size as a reader takes it in: bytes up to a KB, then KB and MB with one decimal. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}

function names(list: DocumentCheck['changed']): string {
  return list.map((d) => `“${d.name}”`).join(', ')
}

/** What "Verify documents" found, in one message; `intact` says whether all was well. */
export function verifyMessage(check: DocumentCheck): { text: string; intact: boolean } {
  if (check.checked === 0) return { text: 'This timeline keeps no documents yet.', intact: true }
  const problems: string[] = []
  if (check.changed.length > 0)
    problems.push(
      `${check.changed.length} changed since attached (their SHA-256 no longer matches): ${names(check.changed)}`,
    )
  if (check.missing.length > 0)
    problems.push(`${check.missing.length} missing their bytes: ${names(check.missing)}`)
  if (problems.length === 0) {
    const all = check.checked === 1 ? 'The 1 document is' : `All ${check.checked} documents are`
    return { text: `${all} intact: each hashes as when it was attached.`, intact: true }
  }
  return { text: `Of ${check.checked} documents, ${problems.join('; ')}.`, intact: false }
}
