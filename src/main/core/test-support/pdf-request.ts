import type { PdfExportRequest } from '../../../shared/pdf-export'

/** A valid "export everything" request, for tests and the benchmark. */
export const EXPORT_EVERYTHING: PdfExportRequest = {
  scope: 'all',
  query: {},
  range: null,
  includeNotes: true,
  includeSources: true,
  pageSize: 'A4',
  landscape: false,
  locale: 'en-GB',
  timeZone: 'Europe/London',
}
