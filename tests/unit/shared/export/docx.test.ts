// @vitest-environment jsdom
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import {
  CONTROL_CHARACTER,
  FIXTURE_GENERATED_AT,
  fixtureSession,
  HOSTILE,
} from '#fixtures/export/fixtureSession';
import { packDocument, writeUpDocument } from '#shared/export/layout';
import { toDocx } from '#shared/export/toDocx';
import { buildWriteUp } from '#shared/export/writeUp';

async function documentXml(
  bytes: Uint8Array,
): Promise<{ xml: string; text: string; files: string[] }> {
  const files = unzipSync(bytes);
  const xml = strFromU8(files['word/document.xml']!);
  const parsed = new DOMParser().parseFromString(xml, 'application/xml');
  expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0);
  // The visible text, run by run, as Word would show it.
  const text = [...parsed.getElementsByTagName('w:t')].map((t) => t.textContent).join('');
  return { xml, text, files: Object.keys(files) };
}

const writeUp = () =>
  buildWriteUp(fixtureSession(), {
    anonymise: false,
    includePrivateNotes: false,
    generatedAt: FIXTURE_GENERATED_AT,
  });

describe('Word export', () => {
  it('is a well-formed .docx holding every card and clause text, with markup kept as text', async () => {
    const { text, xml, files } = await documentXml(await toDocx(writeUpDocument(writeUp())));
    expect(files).toEqual(
      expect.arrayContaining(['word/document.xml', '[Content_Types].xml', 'word/footer1.xml']),
    );
    for (const card of fixtureSession().cards) {
      for (const line of card.text
        .replace(new RegExp(CONTROL_CHARACTER.source, 'g'), '')
        .split('\n'))
        expect(text).toContain(line);
    }
    expect(text).toContain('The council pilots social-productivity budgets in two towns.');
    expect(text).toContain('Residents are asked first.');
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('&lt;script&gt;');
    expect(xml).toContain('&lt;img src=x onerror=');
  });

  it('removes the control characters XML forbids', async () => {
    const { xml } = await documentXml(await toDocx(writeUpDocument(writeUp())));
    expect(xml).not.toMatch(CONTROL_CHARACTER);
    expect(xml).toContain('bell and vertical tab');
  });

  it('numbers its pages in the footer and starts the body after a title page', async () => {
    const files = unzipSync(await toDocx(writeUpDocument(writeUp())));
    const footer = strFromU8(files['word/footer1.xml']!);
    expect(footer).toContain('PAGE');
    expect(footer).toContain('NUMPAGES');
    const xml = strFromU8(files['word/document.xml']!);
    // Two sections: the title page, then the body; the footer belongs to the body.
    expect(xml.match(/<w:sectPr/g)).toHaveLength(2);
    expect(xml.indexOf('Group B — social productivity')).toBeLessThan(xml.indexOf('Proposition'));
  });

  it('packs several sessions into one document with a contents list', async () => {
    const second = { ...writeUp(), title: 'Group C — accountability' };
    const { text } = await documentXml(
      await toDocx(
        packDocument([writeUp(), second], {
          name: 'Civic futures away day',
          generatedAt: FIXTURE_GENERATED_AT,
        }),
      ),
    );
    expect(text).toContain('Away-day pack'.toUpperCase());
    expect(text).toContain('Contents');
    expect(text.split('Group C — accountability').length).toBeGreaterThan(2);
    expect(text).toContain(HOSTILE.img);
  });

  it('starts sections and spaces tables with paragraph properties, never empty paragraphs', async () => {
    const files = unzipSync(await toDocx(writeUpDocument(writeUp())));
    const xml = strFromU8(files['word/document.xml']!);
    // An empty paragraph or a page-break paragraph can spill onto a page of its own (issue 19).
    expect(xml).not.toContain('<w:p/>');
    expect(xml).not.toContain('w:type="page"');
    expect(xml).toMatch(/<w:pageBreakBefore\/><\/w:pPr><w:r><w:t[^>]*>Agreement draft</);
    // Two tables (stage plan, traceability), each with a header row Word repeats and reads out.
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(2);
    // A clause with notes keeps with them.
    const clause = xml.split('</w:p>').find((p) => p.includes('>1.2\t<'));
    expect(clause).toContain('<w:keepNext/><w:keepLines/>');
  });

  it('uses Word’s built-in heading styles and sets the title and language', async () => {
    const files = unzipSync(await toDocx(writeUpDocument(writeUp())));
    const styles = strFromU8(files['word/styles.xml']!);
    for (const level of [1, 2, 3])
      expect(styles).toMatch(
        new RegExp(
          `w:styleId="Heading${level}"><w:name w:val="heading ${level}"/>.*?<w:outlineLvl w:val="${level - 1}"/>`,
        ),
      );
    expect(styles).toMatch(/<w:rPrDefault><w:rPr>.*<w:lang w:val="en-GB"\/>/);
    expect(strFromU8(files['docProps/core.xml']!)).toContain(
      '<dc:title>Group B — social productivity</dc:title>',
    );
    expect(strFromU8(files['word/document.xml']!)).toContain('<w:pStyle w:val="Heading2"/>');
  });
});
