import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

import { addCardViaUi, createSessionViaUi } from './support/board';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('home has no serious accessibility violations, empty and with sessions', async ({ page }) => {
  // An axe scan is CPU-bound (15 s on a quiet 2-core machine): triple the timeout, which is
  // about the scan's cost, not the app's speed.
  test.slow();
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'New session' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'New session' }).click();
  expect(await seriousViolations(page)).toEqual([]);
  await createSessionViaUi(page, 'Group A', 'Social productivity');
  await page.goto('/');
  await expect(page.getByRole('list', { name: 'Sessions' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the board has no serious accessibility violations, with cards and with an error shown', async ({
  page,
}) => {
  // An axe scan is CPU-bound (15 s on a quiet 2-core machine): triple the timeout, which is
  // about the scan's cost, not the app's speed.
  test.slow();
  await createSessionViaUi(page, 'Group A', 'Social productivity');
  await addCardViaUi(page, 'Legitimacy', 'Who agreed?');
  await addCardViaUi(page, 'Open questions', 'How is it measured?');
  await page.getByRole('textbox', { name: 'Add to Practicability' }).press('Enter');
  await expect(page.getByText('an empty card is not added')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
