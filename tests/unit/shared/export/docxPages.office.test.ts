// @vitest-environment node
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { LAYOUT_FIXTURES } from '#fixtures/export/layoutFixtures';
import { pageProblems, pdfPages } from '#fixtures/export/pageCheck';
import type { ExportDocument } from '#shared/export/document';
import { removeControlCharacters } from '#shared/export/escape';
import { toDocx } from '#shared/export/toDocx';

import { commandPath, convertToPdf, pdfStructure } from './layoutTools';

// Issue 19: the Word files are laid out by a real office suite and read back page by page. Golden
// XML cannot show a blank page: where pages break depends on how long the content is.
const soffice = commandPath('soffice');
const pdftotext = commandPath('pdftotext');
if (!soffice || !pdftotext)
  console.log(
    'Word page layout check skipped: LibreOffice (soffice) or pdftotext is not installed.',
  );

describe.skipIf(!soffice || !pdftotext)('Word export laid out by LibreOffice', () => {
  let dir = '';
  const docs = new Map<string, ExportDocument>();

  // One soffice start-up for every fixture. The timeout is about LibreOffice starting on a busy
  // machine with a fresh profile, not about speed.
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'parley-docx-pages-'));
    for (const [name, build] of Object.entries(LAYOUT_FIXTURES)) {
      const doc = await build();
      docs.set(name, doc);
      writeFileSync(join(dir, `${name}.docx`), await toDocx(doc));
    }
    convertToPdf(
      soffice!,
      [...docs.keys()].map((name) => join(dir, `${name}.docx`)),
      dir,
    );
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(Object.keys(LAYOUT_FIXTURES))(
    '%s: no blank page, no stranded heading, every heading, card and clause in order',
    (name) => {
      const pdf = join(dir, `${name}.pdf`);
      expect(existsSync(pdf), `LibreOffice made no PDF of ${name}.docx`).toBe(true);
      const pages = pdfPages(pdf);
      console.log(`${name}.docx: ${pages.length} pages in LibreOffice`);
      expect(pageProblems(pages, docs.get(name)!)).toEqual([]);
    },
  );

  // Word's navigation pane and a TOC field list paragraphs in heading styles with outline
  // levels; LibreOffice turns exactly those into PDF bookmarks, so the bookmarks show them.
  it.each(Object.keys(LAYOUT_FIXTURES))(
    '%s: every heading is a navigable heading, and the file has its title and language',
    (name) => {
      const doc = docs.get(name)!;
      const { bookmarks, title, language } = pdfStructure(readFileSync(join(dir, `${name}.pdf`)));
      expect(bookmarks).toEqual(
        doc.blocks.flatMap((b) => (b.type === 'heading' ? [removeControlCharacters(b.text)] : [])),
      );
      expect(title).toBe(removeControlCharacters(doc.titlePage.title));
      expect(language).toBe('en-GB');
    },
  );
});
