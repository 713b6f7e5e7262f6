// Dexie needs an IndexedDB to build the example session through the app's own commands.
import 'fake-indexeddb/auto';

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { expect, test } from '@playwright/test';

import { LAYOUT_FIXTURES } from '#fixtures/export/layoutFixtures';
import { pageProblems, pdfPages } from '#fixtures/export/pageCheck';
import { toHtml } from '#shared/export/toHtml';

// Issue 19's page check on the PDF route: Electron's printToPDF cannot run here, so Chromium's
// own PDF of the same print HTML (same engine, same options) is laid out and read page by page.
for (const [name, build] of Object.entries(LAYOUT_FIXTURES)) {
  test(`printed ${name}: no blank page, no stranded heading, everything in order`, async ({
    page,
  }) => {
    // Generous for the 2,000-card document on a busy machine; this is no speed test.
    test.setTimeout(120_000);
    const doc = await build();
    await page.setContent(toHtml(doc));
    const dir = mkdtempSync(join(tmpdir(), 'parley-print-pages-'));
    const pdf = join(dir, `${name}.pdf`);
    // The options Electron's printToPDF is called with (electron/main/export/printToPdf.ts).
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const pages = pdfPages(pdf);
    rmSync(dir, { recursive: true, force: true });
    console.log(`${name}: ${pages.length} pages printed by Chromium`);
    expect(pageProblems(pages, doc)).toEqual([]);
  });
}
