import { expect, test } from '@playwright/test';

import { addCardViaUi, createSessionViaUi } from './support/board';
import { card, dragTo, region } from './support/boardScale';

// What a new user trips over (issue 21): each test here failed before its fix.

test('the ⠿ handle starts a drag with the mouse, as its tooltip says', async ({ page }) => {
  await createSessionViaUi(page, 'Handle', 'P');
  await addCardViaUi(page, 'Legitimacy', 'moved by its handle');
  await dragTo(
    page,
    card(page, 'Legitimacy', 'moved by its handle'),
    region(page, 'Practicability').locator('.card-list'),
    'middle',
    '.card-handle',
  );
  await expect(region(page, 'Practicability').getByRole('listitem')).toHaveText([
    'moved by its handle',
  ]);
  await expect(region(page, 'Legitimacy').getByRole('listitem')).toHaveCount(0);
  // A drag is not a click: the card is not left "picked up" for the keyboard.
  await expect(
    card(page, 'Practicability', 'moved by its handle').getByRole('button', { name: 'Move card' }),
  ).toHaveAttribute('aria-pressed', 'false');
});

test('Backup (JSON) says plainly it is a full copy, never anonymised', async ({ page }) => {
  await createSessionViaUi(page, 'Names', 'P');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const backup = page.getByRole('menuitem', { name: 'Backup (JSON)', exact: true });
  await expect(backup).toHaveAccessibleDescription(/full copy.*never anonymised/);
  await page.getByRole('menuitemcheckbox', { name: 'Anonymise participants' }).click();
  const download = page.waitForEvent('download');
  await backup.click();
  await download;
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toContainText(
    'This backup is a full copy with every name: backups are never anonymised.',
  );
});
