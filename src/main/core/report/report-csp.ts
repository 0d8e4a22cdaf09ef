/**
 * The report's own Content-Security-Policy, carried in its <head>: it loads nothing, runs
 * nothing, and takes fonts and images only from data: URLs inside itself. Inline styles are
 * its stylesheet. This holds whichever host prints it, and if the file is opened elsewhere.
 */
export const REPORT_CSP = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  'font-src data:',
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ')
