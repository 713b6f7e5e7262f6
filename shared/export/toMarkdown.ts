import type { Block, ExportDocument, ListItem } from './document';
import { escapeMarkdown } from './escape';

function item(i: ListItem, marker: string): string {
  const indent = ' '.repeat(marker.length + 1);
  let line = `${marker} ${escapeMarkdown(i.text, indent)}`;
  if (i.badge) line = `${marker} **${escapeMarkdown(i.badge)}:** ${escapeMarkdown(i.text, indent)}`;
  if (i.meta?.length) line += ` _(${i.meta.map((m) => escapeMarkdown(m)).join(' · ')})_`;
  return line;
}

function cell(text: string): string {
  // A table cell is one line; a break inside it would end the row.
  return escapeMarkdown(text.replace(/\n+/g, ' '));
}

function table(header: string[], rows: string[][]): string {
  return [
    `| ${header.map(cell).join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ].join('\n');
}

function block(b: Block): string {
  switch (b.type) {
    case 'heading':
      return `${'#'.repeat(b.level + 1)} ${escapeMarkdown(b.text.replace(/\n+/g, ' '))}`;
    case 'paragraph': {
      const text = escapeMarkdown(b.text, b.tone === 'callout' ? '> ' : '');
      return b.tone === 'callout' ? `> ${text}` : b.tone === 'muted' ? `_${text}_` : text;
    }
    case 'list':
      return b.items.map((i, n) => item(i, b.ordered ? `${n + 1}.` : '-')).join('\n');
    case 'table':
      return table(b.header, b.rows);
    case 'chart':
      // Markdown draws no pictures: the chart's numbers are the table under its caption.
      return [
        `**${escapeMarkdown(b.chart.title)}** — _${escapeMarkdown(b.chart.table.caption)}_`,
        table(b.chart.table.header, b.chart.table.rows),
      ].join('\n\n');
    case 'clause': {
      const lines = [
        `**${escapeMarkdown(b.number)}** ${escapeMarkdown(b.text)}${b.status ? ` _(${escapeMarkdown(b.status)})_` : ''}`,
      ];
      for (const note of b.notes ?? []) lines.push(`> ${escapeMarkdown(note, '> ')}`);
      return lines.join('\n\n');
    }
    case 'pageBreak':
      return '---';
  }
}

/**
 * Markdown for pasting into an email, a wiki or a chat. The document title is the one level-1
 * heading; the document's own headings sit one level below it.
 */
export function toMarkdown(doc: ExportDocument): string {
  const { titlePage } = doc;
  const head = [`# ${escapeMarkdown(titlePage.title.replace(/\n+/g, ' '))}`];
  if (titlePage.subtitle) head.push(`_${escapeMarkdown(titlePage.subtitle)}_`);
  if (titlePage.facts.length)
    head.push(
      titlePage.facts
        .map((f) => `- **${escapeMarkdown(f.label)}:** ${escapeMarkdown(f.value)}`)
        .join('\n'),
    );
  // A page break right after a heading or at the start adds nothing in a flowing format.
  const body = doc.blocks
    .filter((b, i) => b.type !== 'pageBreak' || (i > 0 && doc.blocks[i - 1]?.type !== 'pageBreak'))
    .map(block);
  return [...head, ...body].join('\n\n') + '\n';
}
