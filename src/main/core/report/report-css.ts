/** The report's print stylesheet and page geometry. */
const PAGE_MM = { A4: { width: 210, height: 297 }, Letter: { width: 215.9, height: 279.4 } }
const SIDE_MARGIN_MM = 15
const PX_PER_MM = 96 / 25.4

export function pageContentWidthPx(pageSize: 'A4' | 'Letter', landscape: boolean): number {
  const page = PAGE_MM[pageSize]
  const width = landscape ? page.height : page.width
  return Math.floor((width - 2 * SIDE_MARGIN_MM) * PX_PER_MM)
}

/** A CSS string literal: the running header is our title, but it is quoted properly anyway. */
function cssString(text: string): string {
  return `"${text.replace(/[\\"]/g, '\\$&').replace(/[\r\n]+/g, ' ')}"`
}

export function REPORT_CSS(options: {
  title: string
  pageSize: 'A4' | 'Letter'
  landscape: boolean
}): string {
  // The running header and page numbers are CSS page-margin boxes, which Chromium prints
  // faster than its header and footer templates and which need nothing from the host.
  const margin = "font-family: 'Noto Sans', sans-serif; font-size: 7.5pt; color: #55575c;"
  return `
@page {
  size: ${options.pageSize} ${options.landscape ? 'landscape' : 'portrait'};
  margin: 20mm ${SIDE_MARGIN_MM}mm 18mm;
  @top-left { content: ${cssString(options.title)}; ${margin} }
  @top-right { content: "Diplomatic Timeline briefing"; ${margin} }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); ${margin} }
}
html { font-family: 'Noto Serif', serif; font-size: 9.5pt; line-height: 1.4; color: #1d1d1f; }
body { margin: 0; }
h1, h2, h3, h4, .facts, .event-date, .title-block dl, figcaption, .citation-meta, .my-note-meta,
.fig-label, .fig-tick, .fig-lane, .fig-legend { font-family: 'Noto Sans', sans-serif; }
h1 { font-size: 20pt; margin: 0 0 6pt; line-height: 1.2; }
h2 { font-size: 13pt; margin: 16pt 0 8pt; border-bottom: 0.6pt solid #b9b5ab; padding-bottom: 3pt; }
h3 { font-size: 10.5pt; margin: 1pt 0 2pt; line-height: 1.25; }
h4 { font-size: 8.5pt; text-transform: uppercase; letter-spacing: 0.05em; margin: 0 0 3pt; color: #1f5fbf; }
.title-block dl { display: grid; grid-template-columns: 22mm 1fr; gap: 1pt 6pt; margin: 0; font-size: 9pt; }
.title-block dt { color: #55575c; }
.title-block dd { margin: 0; }
.figure-section h2 { break-before: auto; }
.timeline-figure { margin: 6pt 0 10pt; break-inside: avoid; }
.timeline-figure svg { display: block; }
figcaption { font-size: 7.5pt; color: #55575c; margin-top: 2pt; }
.fig-label { font-size: 8.5px; fill: #1d1d1f; }
.fig-tick { font-size: 8px; fill: #55575c; }
.fig-lane { font-size: 8.5px; font-weight: 700; fill: #1d1d1f; }
.fig-legend { font-size: 8.5px; fill: #1d1d1f; }
.chronology h2 { break-before: page; }
.event { break-inside: avoid; margin: 0 0 7pt; padding-bottom: 6pt; border-bottom: 0.4pt solid #dedad2; }
.event-date { margin: 0; font-size: 8.5pt; font-weight: 700; color: #55575c; }
.event-number { color: #1d1d1f; }
.zone { font-weight: 400; }
.facts { margin: 0 0 2pt; font-size: 8.5pt; color: #3b3d42; }
.fact-name { color: #77797e; }
.notes { margin: 3pt 0; }
.citations { margin: 2pt 0 0; padding-left: 16pt; font-size: 8.5pt; line-height: 1.35; }
.citation { margin-bottom: 1pt; }
.citation-disputed, .citation-denied { border-left: 2pt double #9a5b00; padding-left: 4pt; margin-left: -6pt; }
.citation-denied { border-left-color: #b3261e; }
.citation-meta { font-size: 8pt; color: #55575c; }
.links { margin: 3pt 0 0; font-size: 8.5pt; }
.links h4 { margin: 0; font-size: 8.5pt; }
.links ul { margin: 0; padding-left: 12pt; }
.contradiction { width: 100%; border-collapse: collapse; margin: 3pt 0; break-inside: avoid; table-layout: fixed; }
.contradiction caption { text-align: left; font-size: 8pt; font-weight: 600; color: #9a5b00; }
.contradiction td { width: 50%; vertical-align: top; padding: 3pt 5pt; border: 0.75pt solid #c9a36b; }
.contradiction .claimant { display: block; font-weight: 600; }
.contradiction .elsewhere { color: #55575c; }
.status { font-weight: 700; white-space: nowrap; }
.status-mark { font-family: 'Noto Sans Symbols 2', sans-serif; font-weight: 400; }
.status-confirmed { color: #1f6f43; }
.status-reported { color: #1f5fbf; }
.status-disputed { color: #9a5b00; }
.status-denied { color: #b3261e; }
.my-notes { margin: 5pt 0 0; padding: 5pt 7pt; background: #eef3fb; border-left: 2.5pt solid #1f5fbf; }
.my-note { margin-bottom: 3pt; }
.my-note-text { margin: 0; font-style: italic; }
.my-note-text p, .my-note-text ul, .my-note-text ol, .my-note-text blockquote, .my-note-text pre { margin: 0 0 2pt; }
.my-note-text .note-heading { font-weight: 700; }
.my-note-meta { margin: 0; font-size: 7.5pt; color: #55575c; }
.sources ul { padding-left: 14pt; font-size: 9pt; }
.sources li { margin-bottom: 3pt; }
.cited-by { color: #55575c; font-size: 8pt; }
.sources .documents { list-style: none; padding-left: 0; margin: 1pt 0 0; font-size: 8pt; }
.sha256 { display: block; font-size: 7.5pt; white-space: nowrap; color: #3a3c40; }
.url { font-family: 'Noto Sans', sans-serif; font-size: 8pt; word-break: break-all; }
.empty p { font-size: 11pt; }
`
}
