import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';

import type { Block, ExportDocument, ListItem } from './document';
import { removeControlCharacters } from './escape';

const ACCENT = '2F5D8A';
const MUTED = '5B6575';
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

/** User text as runs: XML-illegal characters removed, line breaks kept as Word line breaks. */
function runs(
  text: string,
  style: { bold?: boolean; italics?: boolean; color?: string; size?: number } = {},
): TextRun[] {
  return removeControlCharacters(text)
    .split('\n')
    .map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0, ...style }));
}

function listItem(i: ListItem, marker: string | null): Paragraph {
  const children: ParagraphChild[] = [];
  if (marker) children.push(new TextRun({ text: `${marker}\t` }));
  if (i.badge)
    children.push(
      new TextRun({
        text: `${removeControlCharacters(i.badge).toUpperCase()} `,
        bold: true,
        color: '8A4B00',
      }),
    );
  children.push(...runs(i.text));
  if (i.meta?.length)
    children.push(...runs(`  (${i.meta.join(' · ')})`, { color: MUTED, size: 18 }));
  return marker
    ? new Paragraph({ children, indent: { left: 480, hanging: 480 }, spacing: { after: 80 } })
    : new Paragraph({ children, bullet: { level: 0 }, spacing: { after: 80 } });
}

function table(header: string[], rows: string[][]): Table {
  const cell = (text: string, head: boolean) =>
    new TableCell({
      children: [new Paragraph({ children: runs(text, { bold: head }) })],
      ...(head ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'EEF1F5' } } : {}),
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((c) => cell(c, false)) })),
    ],
  });
}

function block(b: Block): (Paragraph | Table)[] {
  switch (b.type) {
    case 'heading':
      return [
        new Paragraph({ heading: HEADINGS[b.level - 1], children: runs(b.text), keepNext: true }),
      ];
    case 'paragraph':
      if (b.tone === 'callout') {
        return [
          new Paragraph({
            children: runs(b.text, { size: 26 }),
            border: { left: { style: BorderStyle.SINGLE, size: 24, color: ACCENT, space: 8 } },
            shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F2F5F9' },
            spacing: { before: 120, after: 200 },
          }),
        ];
      }
      return [
        new Paragraph({
          children: runs(b.text, b.tone === 'muted' ? { italics: true, color: MUTED } : {}),
          spacing: { after: 120 },
        }),
      ];
    case 'list':
      return b.items.map((i, n) => listItem(i, b.ordered ? `${n + 1}.` : null));
    case 'table':
      return [table(b.header, b.rows), new Paragraph({})];
    case 'clause': {
      const children: ParagraphChild[] = [
        new TextRun({ text: `${removeControlCharacters(b.number)}\t`, bold: true }),
        ...runs(b.text),
      ];
      if (b.status)
        children.push(...runs(`  (${b.status})`, { italics: true, color: MUTED, size: 18 }));
      const clause = new Paragraph({
        children,
        indent: { left: 720, hanging: 720 },
        spacing: { before: 120, after: 60 },
        keepLines: true,
      });
      const notes = (b.notes ?? []).map(
        (n) =>
          new Paragraph({
            children: runs(n, { color: MUTED, size: 18 }),
            indent: { left: 1080 },
            spacing: { after: 40 },
          }),
      );
      return [clause, ...notes];
    }
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

function titlePage(doc: ExportDocument): Paragraph[] {
  const t = doc.titlePage;
  return [
    new Paragraph({ spacing: { before: 3600 } }),
    new Paragraph({ children: runs(t.title, { bold: true, size: 56 }), spacing: { after: 200 } }),
    ...(t.subtitle
      ? [
          new Paragraph({
            children: runs(t.subtitle.toUpperCase(), { color: ACCENT, size: 28 }),
            spacing: { after: 600 },
          }),
        ]
      : []),
    ...t.facts.map(
      (f) =>
        new Paragraph({
          children: [...runs(`${f.label}: `, { color: MUTED }), ...runs(f.value)],
          spacing: { after: 80 },
        }),
    ),
  ];
}

/**
 * A Word document: a title page without a page number, then the body with "Page n of m" in the
 * footer. Returns the .docx bytes.
 */
export async function toDocx(doc: ExportDocument): Promise<Uint8Array<ArrayBuffer>> {
  const footer = new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
            color: MUTED,
            size: 18,
          }),
        ],
      }),
    ],
  });
  const file = new Document({
    creator: 'Parley',
    title: removeControlCharacters(doc.titlePage.title),
    description: removeControlCharacters(doc.titlePage.subtitle ?? ''),
    styles: {
      default: { document: { run: { font: 'Calibri', size: 22 } } },
      paragraphStyles: [
        {
          id: 'Heading1',
          name: 'Heading 1',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { size: 32, bold: true, color: ACCENT },
          paragraph: { spacing: { before: 360, after: 160 } },
        },
        {
          id: 'Heading2',
          name: 'Heading 2',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { size: 26, bold: true },
          paragraph: { spacing: { before: 240, after: 100 } },
        },
        {
          id: 'Heading3',
          name: 'Heading 3',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { size: 23, bold: true },
          paragraph: { spacing: { before: 200, after: 80 } },
        },
      ],
    },
    sections: [
      { properties: {}, children: titlePage(doc) },
      { properties: {}, footers: { default: footer }, children: doc.blocks.flatMap(block) },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(file));
}
