/**
 * In values sorted ascending (read through `valueAt`), the first position past those below
 * `value`, and past those equal to it too when `pastEqual`: where `value` would be inserted
 * before or after its equals.
 */
export function insertionPoint(
  length: number,
  valueAt: (index: number) => number,
  value: number,
  pastEqual: boolean,
): number {
  let lo = 0
  let hi = length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    const at = valueAt(mid)
    if (at < value || (pastEqual && at === value)) lo = mid + 1
    else hi = mid
  }
  return lo
}
