// The print stylesheet of HTML exports, which is also the source of every PDF: A4 pages with
// margins, page numbers in the bottom margin box, a title page of its own, and no heading left
// stranded at the foot of a page.
export const PRINT_CSS = `
:root { --ink: #1d2430; --muted: #5b6575; --rule: #d5dae2; --accent: #2f5d8a; --warn: #8a4b00; }
* { box-sizing: border-box; }
html { font-family: "Source Serif Pro", Georgia, "Times New Roman", serif; color: var(--ink); font-size: 11pt; line-height: 1.45; }
body { margin: 0 auto; max-width: 46rem; padding: 2rem 1.5rem; }
h1, h2, h3, h4, .title-page, th { font-family: "Inter", "Helvetica Neue", Arial, sans-serif; }
h1 { font-size: 1.55rem; margin: 2rem 0 0.75rem; color: var(--accent); border-bottom: 1px solid var(--rule); padding-bottom: 0.25rem; }
h2 { font-size: 1.2rem; margin: 1.5rem 0 0.5rem; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 0.4rem; }
/* h4: a session's third-level heading inside an away-day pack, where headings go one level down. */
h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
p, li, .clause { white-space: pre-wrap; overflow-wrap: anywhere; }
.muted { color: var(--muted); font-style: italic; }
.callout { border-left: 4px solid var(--accent); background: #f2f5f9; padding: 0.6rem 0.9rem; font-size: 1.1rem; }
ul, ol { padding-left: 1.4rem; }
li { margin: 0.3rem 0; break-inside: avoid; }
.meta { color: var(--muted); font-size: 0.85em; white-space: normal; }
.badge { display: inline-block; font-family: "Inter", Arial, sans-serif; font-size: 0.75em; font-weight: 700; text-transform: uppercase; letter-spacing: 0.04em; color: #fff; background: var(--warn); border-radius: 3px; padding: 0 0.35rem; margin-right: 0.35rem; }
/* Collapsed borders straddle the table's edge; 1px inside keeps the right border off the page clip. */
table { border-collapse: collapse; width: calc(100% - 2px); margin: 0.5rem 1px 1rem; }
th, td { border: 1px solid var(--rule); padding: 0.35rem 0.55rem; text-align: left; vertical-align: top; white-space: pre-wrap; }
th { background: #eef1f5; }
caption { text-align: left; color: var(--muted); font-size: 0.9em; padding-bottom: 0.25rem; }
.chart { margin: 0.75rem 0; break-inside: avoid; }
.chart svg { width: 100%; height: auto; display: block; }
.chart figcaption { color: var(--muted); font-size: 0.9em; }
.clause { display: grid; grid-template-columns: 3rem 1fr; gap: 0 0.5rem; margin: 0.6rem 0; break-inside: avoid; }
.clause-number { font-weight: 700; font-family: "Inter", Arial, sans-serif; }
.clause-status { color: var(--muted); font-size: 0.85em; }
.clause-notes { grid-column: 2; margin: 0.2rem 0 0; padding-left: 1rem; color: var(--muted); font-size: 0.9em; }
.title-page { min-height: 60vh; display: flex; flex-direction: column; justify-content: center; border-bottom: 3px solid var(--accent); margin-bottom: 2rem; }
.title-page h1 { font-size: 2.4rem; border: 0; margin: 0 0 0.5rem; color: var(--ink); white-space: pre-wrap; }
.title-page .subtitle { font-size: 1.2rem; color: var(--accent); margin: 0 0 2rem; text-transform: uppercase; letter-spacing: 0.08em; }
.title-page dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.3rem 1rem; margin: 0; }
.title-page dt { color: var(--muted); }
.title-page dd { margin: 0; }
.page-break { border: 0; border-top: 1px dashed var(--rule); margin: 2rem 0; }
@page { size: A4; margin: 20mm 18mm 22mm; @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 9pt Arial, sans-serif; color: #5b6575; } }
@page :first { @bottom-center { content: none; } }
@media print {
  body { max-width: none; padding: 0; }
  .title-page { min-height: 230mm; margin: 0; border: 0; break-after: page; page-break-after: always; }
  .page-break { border: 0; margin: 0; break-after: page; page-break-after: always; }
  .callout { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .badge, th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
