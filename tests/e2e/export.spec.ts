import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';

import { addCardViaUi, createSessionViaUi, openMoreTools } from './support/board';
import { exportAs } from './support/exportFiles';
import { importReplacing } from './support/importFiles';

const HOSTILE =
  '<script>alert(1)</script> <img src=x onerror="alert(2)"> *not bold* # not a heading';

async function boardWithCards(page: Page) {
  await createSessionViaUi(
    page,
    'Group B',
    'The state should move from social security to social productivity.',
  );
  await addCardViaUi(page, 'Legitimacy', 'Who gave the mandate?');
  await addCardViaUi(page, 'Practicability', HOSTILE);
  await addCardViaUi(page, 'Conclusions', 'Outcomes are negotiated, not delivered');
  await addCardViaUi(page, 'Open questions', 'Who counts as a resident?');
}

test('Markdown, Word, HTML and Backup (JSON) downloads hold the board, with user text escaped', async ({
  page,
}) => {
  await boardWithCards(page);

  const md = await exportAs(page, 'Markdown');
  expect(md.name).toBe('Group B.md');
  const markdown = readFileSync(md.path, 'utf8');
  expect(markdown).toContain('# Group B');
  expect(markdown).toContain('Who gave the mandate?');
  expect(markdown).toContain('\\<script\\>alert(1)\\</script\\>');
  expect(markdown).toContain('\\*not bold\\*');

  const word = await exportAs(page, 'Word');
  expect(word.name).toBe('Group B.docx');
  const documentXml = strFromU8(unzipSync(readFileSync(word.path))['word/document.xml']!);
  for (const text of [
    'Who gave the mandate?',
    'Outcomes are negotiated, not delivered',
    'Who counts as a resident?',
  ])
    expect(documentXml).toContain(text);
  expect(documentXml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');

  const html = readFileSync((await exportAs(page, 'HTML')).path, 'utf8');
  expect(html).toContain('&lt;img src=x onerror=&quot;alert(2)&quot;&gt;');
  expect(html).not.toContain('<img');

  const backup = JSON.parse(readFileSync((await exportAs(page, 'Backup (JSON)')).path, 'utf8'));
  expect(backup.format).toBe('parley-backup');
  expect(backup.tables.cards).toHaveLength(4);
});

test('PDF opens the print pipeline with the write-up, and the HTML prints to a paged PDF', async ({
  page,
}) => {
  await boardWithCards(page);
  // Headless Chromium shows no print dialog, and a script put into the print frame from outside
  // can arrive after the frame has printed (it is a process of its own). So the board's side is
  // listened to: what the print frame tells the board, from the frame's own window.
  await page.evaluate(() => {
    const heard: string[] = [];
    (window as unknown as { heardFromPrintFrame: string[] }).heardFromPrintFrame = heard;
    window.addEventListener('message', (event: MessageEvent<{ type?: unknown }>) => {
      const frame = document.querySelector<HTMLIFrameElement>('iframe[sandbox]');
      if (frame && event.source === frame.contentWindow) heard.push(String(event.data.type));
    });
  });
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await page.getByRole('menuitem', { name: 'PDF', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Save as PDF' })).toBeVisible();
  // Printed from a sandboxed frame: an origin (and a process) of its own, so laying the export
  // out never holds the board, and the export's text can reach nothing of the app.
  const frameElement = page.locator('iframe[title="Print preview of the export"]');
  await expect(frameElement).toHaveAttribute('sandbox', 'allow-scripts allow-modals');
  const frame = page.frameLocator('iframe[title="Print preview of the export"]');
  await expect(frame.locator('h1')).toHaveText('Group B');
  await expect(frame.locator('body')).toContainText(HOSTILE);
  const printFrame = page.frames().find((f) => f.url() === 'about:srcdoc');
  expect(printFrame).toBeDefined();
  expect(await printFrame!.evaluate(() => window.origin)).toBe('null');
  await expect
    .poll(() =>
      page.evaluate(
        () => (window as unknown as { heardFromPrintFrame: string[] }).heardFromPrintFrame,
      ),
    )
    .toEqual(['ready', 'printing']);
  expect(page.context().pages()).toHaveLength(1);

  // The same HTML, printed by Chromium's PDF engine (what Electron's printToPDF uses), checked with pdftotext.
  const html = readFileSync((await exportAs(page, 'HTML')).path, 'utf8');
  const printer = await page.context().newPage();
  await printer.setContent(html);
  const pdf = await printer.pdf({ preferCSSPageSize: true, printBackground: true });
  const pdfPath = join(mkdtempSync(join(tmpdir(), 'parley-pdf-')), 'group-b.pdf');
  writeFileSync(pdfPath, pdf);
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
  expect(text).toContain('Who gave the mandate?');
  expect(text).toContain('<script>alert(1)</script>');
  expect(text).toMatch(/Page 2 of \d/);
});

test('a backup imported through Import on a fresh computer shows the same board', async ({
  page,
  browser,
}) => {
  await boardWithCards(page);
  const backup = await exportAs(page, 'Backup (JSON)');

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/');
  const chooser = other.waitForEvent('filechooser');
  await other.getByRole('button', { name: 'Import' }).click();
  await (await chooser).setFiles(backup.path);
  await expect(other.getByRole('heading', { name: 'Group B' })).toBeVisible();
  await expect(
    other.getByRole('region', { name: 'Practicability' }).getByRole('listitem'),
  ).toHaveText([HOSTILE]);
  await expect(other.getByRole('region', { name: 'Conclusions' }).getByRole('listitem')).toHaveText(
    ['Outcomes are negotiated, not delivered'],
  );
  await expect(
    other.getByRole('status').filter({ hasText: 'Imported the session from “Group B”' }),
  ).toBeVisible();
  await fresh.close();
});

test('importing a session that is already here asks, and Keep both adds a copy', async ({
  page,
}) => {
  await boardWithCards(page);
  const backup = await exportAs(page, 'Backup (JSON)');
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import' }).click();
  await (await chooser).setFiles(backup.path);
  const dialog = page.getByRole('dialog', { name: 'Import “Group B”' });
  await expect(dialog).toContainText('Already on this computer: “Group B”');
  await page.screenshot({ path: 'test-results/export-import-dialog-1366.png' });
  await dialog.getByRole('button', { name: 'Keep both' }).click();
  await expect(page.getByRole('heading', { name: 'Group B (imported copy)' })).toBeVisible();
  await page.goto('/');
  await expect(page.getByRole('list', { name: 'Sessions' }).getByRole('listitem')).toHaveCount(2);
});

test('Replace can be undone from the notice, and a hostile file with snapshot rows is refused', async ({
  page,
}) => {
  await boardWithCards(page);
  const backup = await exportAs(page, 'Backup (JSON)');
  await addCardViaUi(page, 'Legitimacy', 'Added after the backup');
  await importReplacing(page, backup.path);
  const legitimacy = page.getByRole('region', { name: 'Legitimacy' }).getByRole('listitem');
  await expect(legitimacy).toHaveText(['Who gave the mandate?']);
  // Ctrl+Z after the import must not write an edit from before it over the imported board.
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('status').filter({ hasText: 'Nothing to undo' })).toBeVisible();
  await addCardViaUi(page, 'Legitimacy', 'Kept by the undo');
  await importReplacing(page, backup.path);
  await expect(legitimacy).toHaveText(['Who gave the mandate?']);
  await page.screenshot({ path: 'test-results/export-replace-1366.png' });
  await page.getByRole('button', { name: 'Undo import' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Import undone' })).toBeVisible();
  await page
    .getByRole('link', { name: /Group B/ })
    .first()
    .click();
  await expect(legitimacy).toHaveText(['Who gave the mandate?', 'Kept by the undo']);

  const planted = JSON.parse(readFileSync(backup.path, 'utf8'));
  planted.tables.snapshots = [{ id: 'x', takenAt: 4102444800000, reason: 'auto', json: '{}' }];
  const file = join(mkdtempSync(join(tmpdir(), 'parley-hostile-')), 'planted.json');
  writeFileSync(file, JSON.stringify(planted));
  await page.goto('/');
  const third = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import' }).click();
  await (await third).setFiles(file);
  await expect(page.getByRole('alert')).toContainText('holds recovery snapshots');
});

test('a bad file is refused with a clear message and changes nothing', async ({ page }) => {
  await boardWithCards(page);
  await page.goto('/');
  const sessions = page.getByRole('list', { name: 'Sessions' }).getByRole('listitem');
  await expect(sessions).toHaveCount(1);
  const dir = mkdtempSync(join(tmpdir(), 'parley-bad-'));
  const cases: [string, string, RegExp][] = [
    ['notes.json', 'just some notes', /not a JSON file/],
    [
      'cut.json',
      '{"format":"parley-backup","version":1,"tables":{"cards":[{"id":"a"',
      /ends too early/,
    ],
    ['future.json', JSON.stringify({ format: 'parley-backup', version: 9 }), /newer Parley/],
  ];
  for (const [name, content, message] of cases) {
    writeFileSync(join(dir, name), content);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import' }).click();
    await (await chooser).setFiles(join(dir, name));
    const alert = page.getByRole('alert').filter({ hasText: 'Not imported' });
    await expect(alert).toContainText(message);
    await expect(alert).toContainText('Nothing was changed.');
    await alert.getByRole('button', { name: 'Dismiss' }).click();
  }
  await expect(sessions).toHaveCount(1);
  await page.reload();
  await expect(sessions).toHaveCount(1);
});

test('the Export menu looks right on a laptop and a projector', async ({ page }) => {
  await boardWithCards(page);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.getByRole('menu', { name: 'Export this session' })).toBeVisible();
  await expect(page.getByRole('menuitem')).toHaveText(
    ['Word', 'PDF', 'Markdown', 'HTML', 'Review dates (.ics)', 'Backup (JSON)'].map(
      (l) => new RegExp(`^${l.replace(/[()]/g, '\\$&')}`),
    ),
  );
  await page.screenshot({ path: 'test-results/export-menu-1366.png' });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: 'test-results/export-menu-1920.png' });
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Export', exact: true })).toBeFocused();
});

test('the Export menu and the import dialog have no serious accessibility violations', async ({
  page,
}) => {
  // An axe scan is CPU-bound (15 s on a quiet 2-core machine): triple the timeout, which is
  // about the scan's cost, not the app's speed.
  test.slow();
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const serious = async () =>
    (await new AxeBuilder({ page }).analyze()).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  await boardWithCards(page);
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  await expect(page.getByRole('menu', { name: 'Export this session' })).toBeVisible();
  expect(await serious()).toEqual([]);
  await page.keyboard.press('Escape');
  const backup = await exportAs(page, 'Backup (JSON)');
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import' }).click();
  await (await chooser).setFiles(backup.path);
  await expect(page.getByRole('dialog', { name: 'Import “Group B”' })).toBeVisible();
  expect(await serious()).toEqual([]);
});

test('an away day gathers the groups’ sessions on home, and its pack holds exactly those sessions', async ({
  page,
}) => {
  await createSessionViaUi(
    page,
    'Group A',
    'The state should move from social security to social productivity.',
  );
  await addCardViaUi(page, 'Conclusions', 'Group A concluded the library stays open');
  await page.getByRole('link', { name: '← All sessions' }).click();
  await createSessionViaUi(
    page,
    'Group B',
    'The state should move from social security to social productivity.',
  );
  await addCardViaUi(page, 'Conclusions', 'Group B concluded volunteers need training');
  await page.getByRole('link', { name: '← All sessions' }).click();
  await createSessionViaUi(page, 'Another day', 'A different proposition for a different day.');
  await page.getByRole('link', { name: '← All sessions' }).click();

  await page.getByRole('button', { name: 'New away day' }).click();
  await page.getByRole('textbox', { name: 'Away day name' }).fill('Riverside away day');
  await page.getByLabel('Date').fill('2026-11-28');
  await page.getByRole('button', { name: 'Create away day' }).click();
  for (const title of ['Group A', 'Group B']) {
    await page
      .getByRole('combobox', { name: `Away day for ${title}` })
      .selectOption({ label: 'Riverside away day' });
  }
  const day = page.getByRole('region', { name: /Riverside away day/ });
  await expect(day).toContainText('28 November 2026');
  await expect(
    day.getByRole('list', { name: 'Sessions of Riverside away day' }).getByRole('listitem'),
  ).toHaveCount(2);
  await expect(
    page.getByRole('list', { name: 'Sessions', exact: true }).getByRole('listitem'),
  ).toHaveText([/Another day/]);
  await page.reload();
  await expect(
    page.getByRole('list', { name: 'Sessions of Riverside away day' }).getByRole('listitem'),
  ).toHaveCount(2);

  await page.getByRole('link', { name: /Group A/ }).click();
  // Every progress bar the pack shows, recorded as it appears (it may be gone in a blink).
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { progressSeen: string[] }).progressSeen = seen;
    new MutationObserver(() => {
      const bar = document.querySelector('[aria-label="Work in progress"] progress');
      const label = bar?.getAttribute('aria-label');
      if (label && seen.at(-1) !== label) seen.push(label);
    }).observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  await openMoreTools(page);
  await page.getByRole('button', { name: 'Away-day pack' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: 'Markdown', exact: true }).click();
  const file = await download;
  expect(
    await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen),
  ).toEqual(['Reading the sessions', 'Writing the Markdown file']);
  await expect(page.getByRole('group', { name: 'Work in progress' })).toHaveCount(0);
  const path = join(mkdtempSync(join(tmpdir(), 'parley-e2e-')), file.suggestedFilename());
  await file.saveAs(path);
  const pack = readFileSync(path, 'utf8');
  expect(pack).toContain('Riverside away day');
  expect(pack).toContain('Group A concluded the library stays open');
  expect(pack).toContain('Group B concluded volunteers need training');
  expect(pack).not.toContain('A different proposition for a different day.');
});

test('an away day can be renamed, and deleted without losing its sessions (and the delete undone)', async ({
  page,
}) => {
  await createSessionViaUi(
    page,
    'Group A',
    'The state should move from social security to social productivity.',
  );
  await page.getByRole('link', { name: '← All sessions' }).click();
  await page.getByRole('button', { name: 'New away day' }).click();
  await page.getByRole('textbox', { name: 'Away day name' }).fill('Riverside awayday');
  await page.getByRole('button', { name: 'Create away day' }).click();
  await page
    .getByRole('combobox', { name: 'Away day for Group A' })
    .selectOption({ label: 'Riverside awayday' });

  await page.getByRole('button', { name: 'Rename away day Riverside awayday' }).click();
  const form = page.getByRole('form', { name: 'Rename Riverside awayday' });
  await form.getByRole('textbox', { name: 'Away day name' }).fill('Riverside away day');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: 'Riverside away day', level: 3 })).toBeVisible();
  await expect(
    page.getByRole('list', { name: 'Sessions of Riverside away day' }).getByRole('listitem'),
  ).toHaveText([/Group A/]);

  await page.getByRole('button', { name: 'Delete away day Riverside away day' }).click();
  await expect(page.getByRole('group', { name: 'Delete Riverside away day?' })).toContainText(
    'Its session is kept',
  );
  await page.getByRole('button', { name: 'Delete away day', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Riverside away day', level: 3 })).toHaveCount(0);
  await expect(
    page.getByRole('list', { name: 'Sessions', exact: true }).getByRole('listitem'),
  ).toHaveText([/Group A/]);

  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(
    page.getByRole('list', { name: 'Sessions of Riverside away day' }).getByRole('listitem'),
  ).toHaveText([/Group A/]);
});
