import { expect, test, type Page } from '@playwright/test';

import { addCardViaUi, createSessionViaUi } from './support/board';
import { region } from './support/boardScale';

// What could not be changed after it was typed (issue 21): a session's title, a proposition,
// and a card added under a filter that hid it without a word.

const banner = (page: Page) => page.getByRole('region', { name: 'Proposition' });

test('a session is renamed from home, and Undo brings the old title back', async ({ page }) => {
  await createSessionViaUi(page, 'Group B', 'P');
  await page.getByRole('link', { name: '← All sessions' }).click();
  await page.getByRole('button', { name: 'Rename session Group B' }).click();
  const box = page.getByRole('textbox', { name: 'New title for Group B' });
  await box.fill('');
  await box.press('Enter');
  await expect(
    page.getByRole('alert').filter({ hasText: 'Give the session a title.' }),
  ).toBeVisible();
  await box.fill('Riverside group');
  await box.press('Enter');
  const sessions = page.getByRole('list', { name: 'Sessions' });
  await expect(sessions.getByRole('link')).toContainText('Riverside group');
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(sessions.getByRole('link')).toContainText('Group B');
  await page.reload();
  await expect(sessions.getByRole('link')).toContainText('Group B');
});

test('a proposition is reworded, and a second one removed with its cards, then brought back by Undo', async ({
  page,
}) => {
  await createSessionViaUi(page, 'Props', 'The state should aim at social prodctivity');
  await page.getByRole('button', { name: 'Edit proposition' }).click();
  const text = page.getByRole('textbox', { name: 'Proposition text' });
  await expect(text).toHaveValue('The state should aim at social prodctivity');
  await text.fill('The state should aim at social productivity');
  await text.press('Enter');
  await expect(banner(page).locator('.proposition-text')).toHaveText(
    'The state should aim at social productivity',
  );
  // With one proposition there is nothing to remove: the session needs it.
  await expect(page.getByRole('button', { name: 'Remove proposition' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Add proposition' }).click();
  await page.getByRole('textbox', { name: 'New proposition' }).fill('Outcomes are negotiated');
  await page.getByRole('textbox', { name: 'New proposition' }).press('Enter');
  await addCardViaUi(page, 'Legitimacy', 'Who negotiates?');
  await page.getByRole('button', { name: 'Remove proposition' }).click();
  const ask = page.getByRole('group', { name: 'Remove this proposition?' });
  await expect(ask).toContainText('Outcomes are negotiated');
  await ask.getByRole('button', { name: 'Remove' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Removed the proposition and its card.' }),
  ).toBeVisible();
  await expect(banner(page).locator('.proposition-text')).toHaveText(
    'The state should aim at social productivity',
  );
  await expect(page.getByRole('combobox', { name: 'Switch proposition' })).toHaveCount(0);

  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(banner(page).locator('.proposition-text')).toHaveText('Outcomes are negotiated');
  await expect(region(page, 'Legitimacy').getByRole('listitem')).toHaveText(['Who negotiates?']);
});

test('a card added while the filter hides it says so, and Show all cards brings it into view', async ({
  page,
}) => {
  await createSessionViaUi(page, 'Filtered', 'P');
  await addCardViaUi(page, 'Legitimacy', 'Residents were asked');
  await page.getByRole('searchbox', { name: 'Search cards' }).fill('Residents');
  const box = page.getByRole('textbox', { name: 'Add to Legitimacy' });
  await box.fill('Mandate from the council');
  await box.press('Enter');
  await expect(
    page.getByRole('status').filter({ hasText: 'Added to Legitimacy; the filter hides it.' }),
  ).toBeVisible();
  await expect(region(page, 'Legitimacy').getByRole('listitem')).toHaveText([
    'Residents were asked',
  ]);
  await page.getByRole('status').getByRole('button', { name: 'Show all cards' }).click();
  await expect(region(page, 'Legitimacy').getByRole('listitem')).toHaveText([
    'Residents were asked',
    'Mandate from the council',
  ]);
  await expect(page.getByRole('searchbox', { name: 'Search cards' })).toHaveValue('');
});
