// Reads Electronegativity's CSV and decides what fails the build: any HIGH or MEDIUM finding
// that is not on the reviewed allow-list. Kept pure so it has its own test.

/** Splits one CSV line, honouring double-quoted fields. */
function splitCsvLine(line) {
  const fields = []
  let field = ''
  let quoted = false
  for (let i = 0; i < line.length; i += 1) {
    const c = line[i]
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"'
        i += 1
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      fields.push(field)
      field = ''
    } else field += c
  }
  fields.push(field)
  return fields.map((f) => f.trim())
}

/** @returns {Array<{check: string, severity: string, confidence: string, file: string, location: string, sample: string}>} */
export function parseFindings(csv) {
  const lines = csv.split(/\r?\n/).filter((line) => line.trim() !== '')
  return lines.slice(1).map((line) => {
    const [check, severity, confidence, file, location, sample] = splitCsvLine(line)
    return { check, severity, confidence, file, location, sample }
  })
}

/** The code at a finding's location, as the allow-list quotes it: whitespace collapsed. */
export function normalizeCode(code) {
  return String(code ?? '')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * Matches each HIGH or MEDIUM finding to an allow-list entry with the same check, file and
 * code at its location, each entry used once: a new finding at a new place, or a second copy
 * of an allowed line, is blocking. Lines are not compared, so edits above a finding keep it
 * allowed; changing the flagged code itself needs a new review.
 * @param findings from parseFindings
 * @param allowList entries { check, file, code, reason }
 * @returns {{ blocking: typeof findings, allowed: typeof findings, unusedAllowances: typeof allowList }}
 */
export function gateFindings(findings, allowList) {
  const blocking = []
  const allowed = []
  const used = new Set()
  for (const finding of findings) {
    if (finding.severity !== 'HIGH' && finding.severity !== 'MEDIUM') continue
    const code = normalizeCode(finding.sample)
    const index = allowList.findIndex(
      (a, i) =>
        !used.has(i) &&
        a.check === finding.check &&
        a.file === finding.file &&
        normalizeCode(a.code) === code,
    )
    if (index === -1) blocking.push(finding)
    else {
      allowed.push(finding)
      used.add(index)
    }
  }
  return { blocking, allowed, unusedAllowances: allowList.filter((_, i) => !used.has(i)) }
}
