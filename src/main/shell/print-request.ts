/**
 * The print window's own scheme and the one rule its session applies to every request: only
 * the report being printed, and the data: URLs inside it, may load. No network, no file.
 */
export const PRINT_SCHEME = 'timeline-report'
export const PRINT_HOST = 'print'

export function reportUrl(id: string): string {
  return `${PRINT_SCHEME}://${PRINT_HOST}/${encodeURIComponent(id)}.html`
}

export function isPrintRequestAllowed(
  url: string,
  reportsBeingPrinted: { has(url: string): boolean },
): boolean {
  return reportsBeingPrinted.has(url) || url.startsWith('data:')
}
