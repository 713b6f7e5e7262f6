import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

import { addCardViaUi, createSessionViaUi } from './support/board';

async function openRestore(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Restore' }).click();
  await expect(page.getByRole('heading', { name: 'Restore from a snapshot' })).toBeVisible();
}

test('Restore lists snapshots, asks before replacing, and the state it replaced can be restored back', async ({
  page,
}) => {
  await createSessionViaUi(page, 'Recovery', 'P');
  await addCardViaUi(page, 'Legitimacy', 'in the snapshot');
  await openRestore(page);
  await expect(page.getByText('No snapshots yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Take a snapshot now' }).click();
  const list = page.getByRole('list', { name: 'Snapshots' });
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list.getByRole('listitem')).toContainText('1 session, 1 card');

  await page.goto('/');
  await page.getByRole('link', { name: /Recovery/ }).click();
  await addCardViaUi(page, 'Legitimacy', 'added after the snapshot');

  await openRestore(page);
  await list.getByRole('button', { name: /^Restore the snapshot from/ }).click();
  // Asking first: nothing is replaced until the facilitator confirms.
  const confirm = page.getByRole('group', { name: /^Confirm restoring/ });
  await expect(confirm).toContainText('What you have now is saved as a snapshot first');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toHaveCount(0);
  await list.getByRole('button', { name: /^Restore the snapshot from/ }).click();
  await page.getByRole('button', { name: 'Replace with this snapshot' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Restored the snapshot' })).toBeVisible();

  await page.getByRole('link', { name: /Recovery/ }).click();
  await expect(page.getByRole('region', { name: 'Legitimacy' }).getByRole('listitem')).toHaveText([
    'in the snapshot',
  ]);

  // The restore is undoable: the newest snapshot is the state it replaced.
  await openRestore(page);
  await expect(list.getByRole('listitem')).toHaveCount(2);
  const newest = list.getByRole('listitem').first();
  await expect(newest).toContainText('Before a restore');
  await expect(newest).toContainText('1 session, 2 cards');
  await newest.getByRole('button', { name: /^Restore the snapshot from/ }).click();
  await page.getByRole('button', { name: 'Replace with this snapshot' }).click();
  await page.getByRole('link', { name: /Recovery/ }).click();
  await expect(page.getByRole('region', { name: 'Legitimacy' }).getByRole('listitem')).toHaveText([
    'in the snapshot',
    'added after the snapshot',
  ]);
});

test('a snapshot is taken automatically after five minutes of work', async ({ page }) => {
  await page.clock.install();
  await createSessionViaUi(page, 'Automatic', 'P');
  await addCardViaUi(page, 'Conclusions', 'worth keeping');
  await page.clock.runFor('05:01');
  // Leave through the app, not page.goto: a reload would cut off the snapshot still being written.
  await page.getByRole('link', { name: '← All sessions' }).click();
  await page.getByRole('button', { name: 'Restore' }).click();
  const item = page.getByRole('list', { name: 'Snapshots' }).getByRole('listitem');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('Automatic');
  await expect(item).toContainText('1 session, 1 card');
});

test('the Restore screen has no serious accessibility violations, listing and confirming', async ({
  page,
}) => {
  // An axe scan is CPU-bound (15 s on a quiet 2-core machine): triple the timeout, which is
  // about the scan's cost, not the app's speed.
  test.slow();
  await createSessionViaUi(page, 'Accessible', 'P');
  await openRestore(page);
  await page.getByRole('button', { name: 'Take a snapshot now' }).click();
  await page.getByRole('button', { name: /^Restore the snapshot from/ }).click();
  await expect(page.getByRole('button', { name: 'Replace with this snapshot' })).toBeFocused();
  const results = await new AxeBuilder({ page }).analyze();
  expect(
    results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => v.id),
  ).toEqual([]);
});
