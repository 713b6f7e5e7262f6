import { execFileSync } from 'node:child_process';

import type { Block, ExportDocument } from '#shared/export/document';
import { removeControlCharacters } from '#shared/export/escape';

// The page check of issue 19, for any layout engine's PDF of an export: every page holds more
// than its footer, every heading, card, clause and table cell is there in document order, and no
// heading ends a page with what it introduces on the next.

/** "Page 3 of 12", the footer every body page carries (Word footer field or CSS margin box). */
const FOOTER = /^Page \d+ of \d+$/;

type LandmarkKind = 'title' | 'heading' | 'paragraph' | 'card' | 'clause' | 'note' | 'cell';

interface Landmark {
  kind: LandmarkKind;
  text: string;
  /** For a body cell: its table's header row, as read. */
  header?: string;
}

/** Text as compared: compatibility forms (ligatures) folded and every run of white space one space. */
function normalise(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, ' ').trim();
}

function blockLandmarks(b: Block): Landmark[] {
  switch (b.type) {
    case 'heading':
      return [{ kind: 'heading', text: b.text }];
    case 'paragraph':
      return [{ kind: 'paragraph', text: b.text }];
    case 'list':
      return b.items.map((i) => ({ kind: 'card', text: i.text }));
    case 'table': {
      const header = normalise(b.header.map(removeControlCharacters).join(' '));
      return [
        ...b.header.map((text) => ({ kind: 'cell' as const, text })),
        ...b.rows.flat().map((text) => ({ kind: 'cell' as const, text, header })),
      ];
    }
    case 'clause':
      return [
        { kind: 'clause', text: b.number },
        { kind: 'clause', text: b.text },
        ...(b.notes ?? []).map((text) => ({ kind: 'note' as const, text })),
      ];
    case 'pageBreak':
      return [];
  }
}

/** What a reader must find on the pages, in reading order. */
export function landmarks(doc: ExportDocument): Landmark[] {
  return [
    { kind: 'title' as const, text: doc.titlePage.title },
    ...doc.titlePage.facts.map((f) => ({ kind: 'title' as const, text: f.value })),
    ...doc.blocks.flatMap(blockLandmarks),
  ]
    .map((l) => ({ ...l, text: normalise(removeControlCharacters(l.text)) }))
    .filter((l) => l.text !== '');
}

/**
 * Each page's text in the order it was written (`-raw`: pdftotext's own reading order regroups
 * table cells and hanging indents by position). Pages end with a form feed.
 */
export function pdfPages(pdfPath: string): string[] {
  const text = execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', pdfPath, '-'], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  return text.split('\f').slice(0, -1);
}

function bodyText(page: string): string {
  return normalise(
    page
      .split('\n')
      .filter((line) => !FOOTER.test(line.trim()))
      .join('\n'),
  );
}

/** A table header row that opens a page, repeated there because its table runs on. */
function repeatedHeader(body: string, headers: Set<string>): string | null {
  for (const header of headers) if (body.startsWith(`${header} `)) return header;
  return null;
}

const clip = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/**
 * Everything wrong with the pages of one laid-out document, as sentences naming the page; empty
 * when the layout is right. At most `limit` problems, so one slip does not bury the report.
 */
export function pageProblems(pages: string[], doc: ExportDocument, limit = 12): string[] {
  const problems: string[] = [];
  const marks = landmarks(doc);
  const headers = new Set(marks.flatMap((m) => (m.header ? [m.header] : [])));
  const repeated: (string | null)[] = [];
  let earlier = '';
  const bodies = pages.map((page, i) => {
    const body = bodyText(page);
    if (body === '') problems.push(`page ${i + 1} of ${pages.length} holds nothing but its footer`);
    // A header already read on an earlier page is set aside, so a row carried over reads on.
    const header = repeatedHeader(body, headers);
    const isRepeat = header !== null && earlier.includes(header);
    earlier += ` ${body}`;
    repeated.push(isRepeat ? header : null);
    return isRepeat ? body.slice(header.length + 1) : body;
  });
  // All pages as one text, remembering where each page starts, so a find names its page.
  const starts: number[] = [];
  let all = '';
  for (const body of bodies) {
    starts.push(all.length);
    all += `${body} `;
  }
  const pageAt = (offset: number) => starts.findLastIndex((s) => s <= offset) + 1;

  let cursor = 0;
  const found: { landmark: Landmark; page: number }[] = [];
  for (const landmark of marks) {
    const at = all.indexOf(landmark.text, cursor);
    if (at === -1) {
      const earlier = all.indexOf(landmark.text);
      problems.push(
        earlier === -1
          ? `${landmark.kind} "${clip(landmark.text)}" is missing`
          : `${landmark.kind} "${clip(landmark.text)}" is out of order (on page ${pageAt(earlier)}, before what precedes it)`,
      );
      continue;
    }
    found.push({ landmark, page: pageAt(at) });
    cursor = at + landmark.text.length;
  }
  found.forEach(({ landmark, page }, i) => {
    const next = found[i + 1];
    if (landmark.kind === 'heading' && next && next.page > page)
      problems.push(
        `heading "${clip(landmark.text)}" is stranded at the foot of page ${page}; what follows it starts on page ${next.page}`,
      );
    // A table's row on a later page than the row before it: that page must open with the header.
    const before = found[i - 1];
    if (
      landmark.header &&
      before?.landmark.header &&
      page > before.page &&
      repeated[page - 1] !== landmark.header
    )
      problems.push(
        `table "${clip(landmark.header)}" runs onto page ${page} without repeating its header row`,
      );
  });
  return problems.slice(0, limit);
}
