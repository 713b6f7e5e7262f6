import { chartToSvg } from '../charts/toSvg';
import type { Block, ExportDocument, ListItem } from './document';
import { escapeHtml } from './escape';
import { PRINT_CSS } from './printStyles';

const e = escapeHtml;

function item(i: ListItem): string {
  const badge = i.badge ? `<span class="badge">${e(i.badge)}</span>` : '';
  const meta = i.meta?.length ? ` <span class="meta">(${i.meta.map(e).join(' · ')})</span>` : '';
  return `<li>${badge}${e(i.text)}${meta}</li>`;
}

function table(header: string[], rows: string[][], caption?: string): string {
  const title = caption ? `<caption>${e(caption)}</caption>\n` : '';
  return `<table>\n${title}<thead><tr>${header.map((h) => `<th>${e(h)}</th>`).join('')}</tr></thead>\n<tbody>\n${rows
    .map((r) => `<tr>${r.map((c) => `<td>${e(c)}</td>`).join('')}</tr>`)
    .join('\n')}\n</tbody>\n</table>`;
}

function block(b: Block): string {
  switch (b.type) {
    case 'heading':
      return `<h${b.level + 1}>${e(b.text)}</h${b.level + 1}>`;
    case 'paragraph':
      return b.tone ? `<p class="${b.tone}">${e(b.text)}</p>` : `<p>${e(b.text)}</p>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>\n${b.items.map(item).join('\n')}\n</${tag}>`;
    }
    case 'table':
      return table(b.header, b.rows);
    case 'chart':
      // The picture for the eye, the table for screen readers and anyone checking the numbers.
      return `<figure class="chart">\n${chartToSvg(b.chart)}\n<figcaption>${e(b.chart.description)}</figcaption>\n</figure>\n${table(b.chart.table.header, b.chart.table.rows, b.chart.table.caption)}`;
    case 'clause': {
      const status = b.status ? ` <span class="clause-status">(${e(b.status)})</span>` : '';
      const notes = b.notes?.length
        ? `\n<ul class="clause-notes">${b.notes.map((n) => `<li>${e(n)}</li>`).join('')}</ul>`
        : '';
      return `<div class="clause"><span class="clause-number">${e(b.number)}</span><span class="clause-text">${e(b.text)}${status}</span>${notes}</div>`;
    }
    case 'pageBreak':
      return '<hr class="page-break">';
  }
}

/** The document's body markup (title page and blocks), without the surrounding page. */
export function toHtmlBody(doc: ExportDocument): string {
  const { titlePage: t } = doc;
  const facts = t.facts.map((f) => `<dt>${e(f.label)}</dt><dd>${e(f.value)}</dd>`).join('');
  const title = `<header class="title-page">\n<h1>${e(t.title)}</h1>\n${t.subtitle ? `<p class="subtitle">${e(t.subtitle)}</p>\n` : ''}<dl>${facts}</dl>\n</header>`;
  return [title, '<main>', ...doc.blocks.map(block), '</main>'].join('\n');
}

/**
 * A complete, self-contained HTML page, print-ready (it is also what PDFs are printed from).
 * Its own CSP allows no script and no remote loads at all: even if a future renderer forgot to
 * escape something, the file could not run code or call home.
 */
export function toHtml(doc: ExportDocument): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Parley">
<title>${e(doc.titlePage.title)}</title>
<style>${PRINT_CSS}</style>
</head>
<body>
${toHtmlBody(doc)}
</body>
</html>
`;
}
