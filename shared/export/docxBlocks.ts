import {
  BorderStyle,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphOptions,
  type ParagraphChild,
} from 'docx';

import type { Block, ListItem } from './document';
import { removeControlCharacters } from './escape';

// The Word body, block by block. Page flow is carried by paragraph properties, never by empty
// paragraphs (issue 19): an empty paragraph that spills onto a new page makes a blank page when
// a page break follows it. So a new page is the next paragraph's `pageBreakBefore`, the space
// after a table is the next paragraph's spacing, and what belongs together says so (keepNext).

export const ACCENT = '2F5D8A';
export const MUTED = '5B6575';
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;
/** The gap a table leaves before what follows it, in twentieths of a point. */
const AFTER_TABLE = 200;

/** How the first paragraph of a block meets what comes before and after it. */
interface Flow {
  /** Starts a new page (the block followed a page break). */
  newPage: boolean;
  /** Follows a table, so it carries the space a table leaves below itself. */
  afterTable: boolean;
  /** Introduces the content after it (a lens's question), so it stays on that content's page. */
  introduces: boolean;
}

/** User text as runs: XML-illegal characters removed, line breaks kept as Word line breaks. */
export function runs(
  text: string,
  style: { bold?: boolean; italics?: boolean; color?: string; size?: number } = {},
): TextRun[] {
  return removeControlCharacters(text)
    .split('\n')
    .map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : 0, ...style }));
}

/** A block's first paragraph, with the page flow the blocks around it ask for. */
function lead(options: IParagraphOptions, flow: Flow): Paragraph {
  const spacing =
    flow.afterTable && !options.heading
      ? { ...options.spacing, before: Math.max(options.spacing?.before ?? 0, AFTER_TABLE) }
      : options.spacing;
  return new Paragraph({
    ...options,
    ...(spacing ? { spacing } : {}),
    ...(flow.newPage ? { pageBreakBefore: true } : {}),
    ...(flow.introduces ? { keepNext: true } : {}),
  });
}

function listItem(i: ListItem, marker: string | null): IParagraphOptions {
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
    ? { children, indent: { left: 480, hanging: 480 }, spacing: { after: 80 } }
    : { children, bullet: { level: 0 }, spacing: { after: 80 } };
}

/**
 * A table whose header row is marked as such: Word repeats it on every page the table runs
 * onto, and screen readers announce it. Rows do not split, so no cell is cut in two by a page.
 */
function table(header: string[], rows: string[][], flow: Flow): Table {
  const cell = (text: string, head: boolean, first: boolean) =>
    new TableCell({
      children: [
        first
          ? lead({ children: runs(text, { bold: head }) }, { ...flow, afterTable: false })
          : new Paragraph({ children: runs(text, { bold: head }) }),
      ],
      ...(head ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'EEF1F5' } } : {}),
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: header.map((h, i) => cell(h, true, i === 0)),
      }),
      ...rows.map(
        (r) => new TableRow({ cantSplit: true, children: r.map((c) => cell(c, false, false)) }),
      ),
    ],
  });
}

/** A clause and its notes, kept on one page together where they fit. */
function clause(b: Extract<Block, { type: 'clause' }>, flow: Flow): Paragraph[] {
  const children: ParagraphChild[] = [
    new TextRun({ text: `${removeControlCharacters(b.number)}\t`, bold: true }),
    ...runs(b.text),
  ];
  if (b.status)
    children.push(...runs(`  (${b.status})`, { italics: true, color: MUTED, size: 18 }));
  const notes = b.notes ?? [];
  return [
    lead(
      {
        children,
        indent: { left: 720, hanging: 720 },
        spacing: { before: 120, after: 60 },
        keepLines: true,
        keepNext: notes.length > 0,
      },
      flow,
    ),
    ...notes.map(
      (n, i) =>
        new Paragraph({
          children: runs(n, { color: MUTED, size: 18 }),
          indent: { left: 1080 },
          spacing: { after: 40 },
          keepLines: true,
          keepNext: i < notes.length - 1,
        }),
    ),
  ];
}

function paragraph(b: Extract<Block, { type: 'paragraph' }>, flow: Flow): Paragraph {
  if (b.tone === 'callout')
    return lead(
      {
        children: runs(b.text, { size: 26 }),
        border: { left: { style: BorderStyle.SINGLE, size: 24, color: ACCENT, space: 8 } },
        shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F2F5F9' },
        spacing: { before: 120, after: 200 },
      },
      flow,
    );
  return lead(
    {
      children: runs(b.text, b.tone === 'muted' ? { italics: true, color: MUTED } : {}),
      spacing: { after: 120 },
    },
    flow,
  );
}

function block(b: Exclude<Block, { type: 'pageBreak' }>, flow: Flow): (Paragraph | Table)[] {
  switch (b.type) {
    case 'heading':
      // A heading always stays with what follows it.
      return [
        lead({ heading: HEADINGS[b.level - 1], children: runs(b.text), keepNext: true }, flow),
      ];
    case 'paragraph':
      return [paragraph(b, flow)];
    case 'list':
      return b.items.map((item, n) => {
        const options = listItem(item, b.ordered ? `${n + 1}.` : null);
        return n === 0 ? lead(options, flow) : new Paragraph(options);
      });
    case 'table':
      return [table(b.header, b.rows, flow)];
    case 'clause':
      return clause(b, flow);
    case 'chart':
      return chart(b, flow);
  }
}

/** Page width between Word's default margins, in pixels at 96 dpi (6.3 in). */
const IMAGE_WIDTH = 605;

/**
 * The chart's picture (when the export worker could draw it) with its title as alt text, then its
 * numbers as a table with a caption — the table alone when there is no picture.
 */
function chart(b: Extract<Block, { type: 'chart' }>, flow: Flow): (Paragraph | Table)[] {
  const { chart: c, png } = b;
  const caption = lead(
    { children: runs(c.table.caption, { italics: true, color: MUTED }), keepNext: true },
    flow,
  );
  const picture = png
    ? [
        new Paragraph({
          keepNext: true,
          children: [
            new ImageRun({
              type: 'png',
              data: png,
              transformation: {
                width: IMAGE_WIDTH,
                height: Math.round((IMAGE_WIDTH * c.height) / c.width),
              },
              altText: {
                name: removeControlCharacters(c.title),
                title: removeControlCharacters(c.title),
                description: removeControlCharacters(c.description),
              },
            }),
          ],
        }),
      ]
    : [];
  const after = { newPage: false, afterTable: false, introduces: false };
  return [caption, ...picture, table(c.table.header, c.table.rows, after)];
}

/**
 * Word needs a paragraph after a table that ends the document, and adds a full-height one
 * when there is none — which spills onto a page of its own when the table fills the last
 * page. This one is a hairline, so it never can.
 */
function endMark(): Paragraph {
  return new Paragraph({
    spacing: { before: 0, after: 0, line: 20, lineRule: LineRuleType.EXACT },
    run: { size: 2 },
  });
}

/** The document body: every block in order, page breaks turned into the next block's property. */
export function bodyElements(blocks: readonly Block[]): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  let newPage = false;
  let previous: Block | undefined;
  blocks.forEach((b, i) => {
    if (b.type === 'pageBreak') {
      newPage = true;
      return;
    }
    const next = blocks[i + 1];
    const introduces =
      b.type === 'paragraph' &&
      b.tone === 'muted' &&
      previous?.type === 'heading' &&
      next !== undefined &&
      next.type !== 'heading' &&
      next.type !== 'pageBreak';
    const afterTable = previous?.type === 'table' || previous?.type === 'chart';
    out.push(...block(b, { newPage, afterTable, introduces }));
    newPage = false;
    previous = b;
  });
  if (previous?.type === 'table' || previous?.type === 'chart') out.push(endMark());
  return out;
}
