import { expect, test } from '@playwright/test';

import { addCardViaUi, createSessionViaUi } from './support/board';
import { addParticipants, card, dragTo, region } from './support/boardScale';

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

test('Save as template under a name already taken asks Replace or Keep both, and Replace can be undone', async ({
  page,
}) => {
  await createSessionViaUi(page, 'Templates', 'P');
  await page.getByRole('link', { name: 'Edit plan' }).click();
  const templates = page.getByRole('list', { name: 'Saved templates' });
  const nameBox = page.getByRole('textbox', { name: 'Template name' });
  await nameBox.fill('Short plan');
  await page.getByRole('button', { name: 'Save as template' }).click();
  await expect(templates.getByRole('listitem')).toContainText(['Short plan7 stages']);

  await page.getByRole('button', { name: 'Remove Prioritise' }).click();
  await nameBox.fill('Short plan');
  await page.getByRole('button', { name: 'Save as template' }).click();
  const ask = page.getByRole('group', { name: 'Name already taken' });
  await expect(ask).toContainText('There is already a template called “Short plan” (7 stages)');
  await expect(templates.getByRole('listitem')).toContainText(['Short plan7 stages']);

  await ask.getByRole('button', { name: 'Keep both' }).click();
  await expect(templates.getByRole('listitem')).toContainText([
    'Short plan (2)6 stages',
    'Short plan7 stages',
  ]);
  const original = templates.getByRole('listitem').filter({ hasText: /^Short plan\d/ });

  await nameBox.fill('Short plan');
  await page.getByRole('button', { name: 'Save as template' }).click();
  await ask.getByRole('button', { name: 'Replace' }).click();
  await expect(original).toContainText('Short plan6 stages');
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(original).toContainText('Short plan7 stages');
});

test('plan fields save as you type: a title typed survives a reload without leaving the field', async ({
  page,
}) => {
  await createSessionViaUi(page, 'Plan typing', 'P');
  await page.getByRole('link', { name: 'Edit plan' }).click();
  const stage = page.getByRole('group', { name: /^Stage 2:/ });
  await stage.getByRole('textbox', { name: 'Title' }).fill('Mandate and consent');
  await stage.getByRole('textbox', { name: 'Purpose' }).fill('Who agreed to this?');
  await stage.getByRole('spinbutton', { name: 'Minutes' }).fill('25');
  // Still in the Minutes field (no blur); the save shows once it has landed.
  await expect(page.getByRole('group', { name: 'Stage 2: Mandate and consent' })).toBeVisible();
  await expect(stage.getByRole('status')).toHaveText('Saved');
  await page.reload();
  const again = page.getByRole('group', { name: 'Stage 2: Mandate and consent' });
  await expect(again.getByRole('textbox', { name: 'Purpose' })).toHaveValue('Who agreed to this?');
  await expect(again.getByRole('spinbutton', { name: 'Minutes' })).toHaveValue('25');
});

test('lowering Dots per person below dots placed asks, and taking them back keeps the count true', async ({
  page,
}) => {
  await createSessionViaUi(page, 'Dots', 'P');
  await addCardViaUi(page, 'Legitimacy', 'favourite');
  await addCardViaUi(page, 'Legitimacy', 'also liked');
  await addParticipants(page, [['Asha Patel', 'Residents']]);
  await page.getByRole('button', { name: 'Done' }).click();
  await page
    .getByRole('combobox', { name: 'Voting' })
    .selectOption({ label: 'Dots for Asha Patel' });
  const vote = (text: string) =>
    card(page, 'Legitimacy', text).getByRole('button', { name: 'Vote for card' });
  await vote('favourite').click();
  await vote('favourite').click();
  await vote('also liked').click();
  await expect(page.getByText('Asha Patel: 2 of 5 dots left')).toBeVisible();

  await page.getByRole('button', { name: /^Participants/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Participants' });
  const perPerson = dialog.getByRole('spinbutton', { name: 'Dots per person' });
  await perPerson.fill('1');
  await perPerson.press('Tab');
  const ask = dialog.getByRole('group', { name: 'Dots already placed' });
  await expect(ask).toContainText('Asha Patel has 3 dots placed. Lowering to 1 takes back 2 dots');
  await ask.getByRole('button', { name: 'Take back the extra dots' }).click();
  await expect(ask).toBeHidden();
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByText('Asha Patel: 0 of 1 dots left')).toBeVisible();
  await expect(
    card(page, 'Legitimacy', 'favourite').getByLabel('1 vote', { exact: true }),
  ).toBeVisible();
  await expect(card(page, 'Legitimacy', 'also liked').locator('.card-votes')).toHaveCount(0);
});

test('a participant can be edited: name and party corrected in place', async ({ page }) => {
  await createSessionViaUi(page, 'People', 'P');
  await addParticipants(page, [['Asha Pattel', 'Resident']]);
  const dialog = page.getByRole('dialog', { name: 'Participants' });
  await dialog.getByRole('button', { name: 'Edit Asha Pattel' }).click();
  await dialog.getByRole('textbox', { name: 'Name of Asha Pattel' }).fill('Asha Patel');
  await dialog.getByRole('textbox', { name: 'Party of Asha Pattel' }).fill('Residents');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('list', { name: 'Participants' })).toContainText(
    'Asha PatelResidents',
  );
});

test('pressing L twice moves capture on to the next lane instead of typing "l"', async ({
  page,
}) => {
  await createSessionViaUi(page, 'Lanes by key', 'P');
  await page.getByRole('heading', { name: 'Lanes by key' }).click();
  await page.keyboard.press('l');
  const first = page.locator('textarea:focus');
  const firstName = await first.getAttribute('aria-label');
  await page.keyboard.press('l');
  await expect(page.locator('textarea:focus')).not.toHaveAttribute('aria-label', firstName!);
  await expect(page.getByRole('textbox', { name: firstName! })).toHaveValue('');
  await expect(page.locator('textarea:focus')).toHaveValue('');
  // Once something is typed, L is a letter again.
  await page.keyboard.type('all');
  await expect(page.locator('textarea:focus')).toHaveValue('all');
});

test('after a reload ↶ is disabled when there is nothing to undo; the plan total reads as hours', async ({
  page,
}) => {
  await createSessionViaUi(page, 'Undo state', 'P');
  const undo = page.getByRole('button', { name: 'Undo board change' });
  const redo = page.getByRole('button', { name: 'Redo board change' });
  await addCardViaUi(page, 'Legitimacy', 'undo me');
  await expect(undo).toBeEnabled();
  await expect(redo).toBeDisabled();
  await page.reload();
  await expect(undo).toBeDisabled();
  await expect(undo).toHaveAttribute('title', 'Nothing to undo');
  // The default plan is two hours: "2 h planned", never "2:00 planned" (two minutes?).
  await expect(page.getByRole('navigation', { name: 'Agenda' })).toContainText('2 h planned');
});
