import {
  AlignmentType,
  Document,
  Footer,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type IRunStylePropertiesOptions,
} from 'docx';

import type { ExportDocument } from './document';
import { ACCENT, bodyElements, MUTED, runs } from './docxBlocks';
import { removeControlCharacters } from './escape';

/** Parley writes in British English; Word's proofing and screen readers read the text as such. */
const LANGUAGE = 'en-GB';

/**
 * Word's built-in heading styles (by their built-in names, with outline levels), so Word's
 * navigation pane and a table of contents list the headings; Parley's look on top.
 */
function headingStyle(
  level: 1 | 2 | 3,
  run: IRunStylePropertiesOptions,
  spacing: { before: number; after: number },
) {
  return {
    id: `Heading${level}`,
    name: `heading ${level}`,
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run,
    paragraph: {
      spacing,
      outlineLevel: level - 1,
      keepNext: true,
    },
  };
}

function titlePage(doc: ExportDocument): Paragraph[] {
  const t = doc.titlePage;
  return [
    // The title sits a third of the way down its page: space before it, not an empty paragraph.
    new Paragraph({
      children: runs(t.title, { bold: true, size: 56 }),
      spacing: { before: 3840, after: 200 },
    }),
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
    lastModifiedBy: 'Parley',
    title: removeControlCharacters(doc.titlePage.title),
    description: removeControlCharacters(doc.titlePage.subtitle ?? ''),
    styles: {
      default: { document: { run: { font: 'Calibri', size: 22, language: { value: LANGUAGE } } } },
      paragraphStyles: [
        headingStyle(1, { size: 32, bold: true, color: ACCENT }, { before: 360, after: 160 }),
        headingStyle(2, { size: 26, bold: true }, { before: 240, after: 100 }),
        headingStyle(3, { size: 23, bold: true }, { before: 200, after: 80 }),
      ],
    },
    sections: [
      { properties: {}, children: titlePage(doc) },
      { properties: {}, footers: { default: footer }, children: bodyElements(doc.blocks) },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(file));
}
