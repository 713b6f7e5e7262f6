import { expect, test } from '@playwright/test';

import { addCardViaUi, createSessionViaUi } from './support/board';
import { addParticipants, card, dragTo, pressOnBoard, region } from './support/boardScale';

test('a card is dragged between lanes and within a lane with the mouse; undo and redo take the moves back and forth', async ({
  page,
}) => {
  await createSessionViaUi(page, 'Drag', 'P');
  await addCardViaUi(page, 'Legitimacy', 'Who agreed?');
  await addCardViaUi(page, 'Practicability', 'Budget is tight');
  await addCardViaUi(page, 'Practicability', 'Staff are willing');

  await dragTo(
    page,
    card(page, 'Legitimacy', 'Who agreed?'),
    region(page, 'Practicability').getByRole('textbox', { name: 'Add to Practicability' }),
  );
  await expect(region(page, 'Practicability').getByRole('listitem')).toHaveText([
    'Budget is tight',
    'Staff are willing',
    'Who agreed?',
  ]);
  await expect(region(page, 'Legitimacy').getByRole('listitem')).toHaveCount(0);

  await dragTo(
    page,
    card(page, 'Practicability', 'Who agreed?'),
    card(page, 'Practicability', 'Budget is tight'),
    'top',
  );
  await expect(region(page, 'Practicability').getByRole('listitem')).toHaveText([
    'Who agreed?',
    'Budget is tight',
    'Staff are willing',
  ]);

  await pressOnBoard(page, 'Control+z');
  await expect(region(page, 'Practicability').getByRole('listitem')).toHaveText([
    'Budget is tight',
    'Staff are willing',
    'Who agreed?',
  ]);
  await pressOnBoard(page, 'Control+z');
  await expect(region(page, 'Legitimacy').getByRole('listitem')).toHaveText(['Who agreed?']);
  await pressOnBoard(page, 'Control+Shift+z');
  await expect(region(page, 'Practicability').getByRole('listitem')).toHaveText([
    'Budget is tight',
    'Staff are willing',
    'Who agreed?',
  ]);
});

test('a card is moved with the keyboard alone, every step announced, and Escape cancels', async ({
  page,
}) => {
  await createSessionViaUi(page, 'Keys', 'P');
  await addCardViaUi(page, 'Legitimacy', 'Consent matters');
  await addCardViaUi(page, 'Practicability', 'First practical point');
  const announcer = page.locator('[aria-live="assertive"]');

  const handle = card(page, 'Legitimacy', 'Consent matters').getByRole('button', {
    name: 'Move card',
  });
  await handle.focus();
  await page.keyboard.press('Space');
  await expect(announcer).toContainText('Picked up “Consent matters”');
  await page.keyboard.press('ArrowRight');
  await expect(announcer).toContainText('Practicability, position 1 of 2');
  await page.keyboard.press('ArrowDown');
  await expect(announcer).toContainText('Practicability, position 2 of 2');
  await page.keyboard.press('Space');
  await expect(announcer).toContainText('Dropped in Practicability, position 2 of 2');
  await expect(region(page, 'Practicability').getByRole('listitem')).toHaveText([
    'First practical point',
    'Consent matters',
  ]);
  await expect(
    card(page, 'Practicability', 'Consent matters').getByRole('button', { name: 'Move card' }),
  ).toBeFocused();

  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Escape');
  await expect(announcer).toContainText('Move cancelled');
  await expect(region(page, 'Practicability').getByRole('listitem')).toHaveText([
    'First practical point',
    'Consent matters',
  ]);

  await pressOnBoard(page, 'Control+z');
  await expect(region(page, 'Legitimacy').getByRole('listitem')).toHaveText(['Consent matters']);
});

test('cards are grouped by dropping one on another and by selecting them; groups rename, collapse and ungroup, with undo', async ({
  page,
}) => {
  await createSessionViaUi(page, 'Groups', 'P');
  for (const text of ['Residents were not asked', 'Consent is thin'])
    await addCardViaUi(page, 'Legitimacy', text);
  const lane = region(page, 'Legitimacy');

  await dragTo(
    page,
    card(page, 'Legitimacy', 'Consent is thin'),
    card(page, 'Legitimacy', 'Residents were not asked'),
    'middle',
  );
  await expect(lane.getByText('New group')).toBeVisible();
  for (const text of ['No mandate from council', 'Unrelated point'])
    await addCardViaUi(page, 'Legitimacy', text);
  await expect(lane.getByRole('listitem')).toHaveText([
    'Residents were not asked',
    'Consent is thin',
    'No mandate from council',
    'Unrelated point',
  ]);

  await lane.getByRole('button', { name: 'Rename group New group' }).click();
  await lane.getByRole('textbox', { name: 'Group name' }).fill('Consent');
  await lane.getByRole('textbox', { name: 'Group name' }).press('Enter');
  await expect(lane.getByText('Consent', { exact: true })).toBeVisible();

  // Select-and-group: tick a card outside the group and one inside it; it joins "Consent".
  await card(page, 'Legitimacy', 'No mandate from council')
    .getByRole('checkbox', { name: 'Select card' })
    .check();
  await card(page, 'Legitimacy', 'Residents were not asked')
    .getByRole('checkbox', { name: 'Select card' })
    .check();
  await expect(page.getByText('2 selected')).toBeVisible();
  await page.getByRole('button', { name: 'Group selected' }).click();
  await expect(lane.getByText('3 cards')).toBeVisible();

  await lane.getByRole('button', { name: 'Collapse group Consent' }).click();
  await expect(lane.getByRole('listitem')).toHaveText(['Unrelated point']);
  await lane.getByRole('button', { name: 'Expand group Consent' }).click();
  await expect(lane.getByRole('listitem')).toHaveCount(4);

  await lane.getByRole('button', { name: 'Ungroup Consent' }).click();
  await expect(lane.getByText('Consent', { exact: true })).toHaveCount(0);
  await pressOnBoard(page, 'Control+z');
  await expect(lane.getByText('Consent', { exact: true })).toBeVisible();
  await pressOnBoard(page, 'Control+Shift+z');
  await expect(lane.getByText('Consent', { exact: true })).toHaveCount(0);
});

test('participants vote with dots within their budget, the scribe enters tallies, and a lane sorts by votes', async ({
  page,
}) => {
  await createSessionViaUi(page, 'Votes', 'P');
  for (const text of ['Alpha', 'Beta', 'Gamma']) await addCardViaUi(page, 'Accountability', text);
  await addParticipants(page, [
    ['Asha', 'Residents'],
    ['Bo', 'Council'],
  ]);
  const dialog = page.getByRole('dialog', { name: 'Participants' });
  await dialog.getByRole('spinbutton', { name: 'Dots per person' }).fill('2');
  await dialog.getByRole('button', { name: 'Done' }).click();

  await page.getByRole('combobox', { name: 'Voting' }).selectOption({ label: 'Dots for Asha' });
  await expect(page.getByText('Asha: 2 of 2 dots left')).toBeVisible();
  const gamma = card(page, 'Accountability', 'Gamma');
  await gamma.getByRole('button', { name: 'Vote for card' }).click();
  await gamma.getByRole('button', { name: 'Vote for card' }).click();
  await expect(page.getByText('Asha: 0 of 2 dots left')).toBeVisible();
  await card(page, 'Accountability', 'Beta').getByRole('button', { name: 'Vote for card' }).click();
  await expect(page.getByRole('alert')).toContainText('Asha has used all 2 dots');
  await page.getByRole('alert').getByRole('button', { name: 'Dismiss' }).click();
  await expect(gamma.getByLabel('2 votes')).toBeVisible();

  await page
    .getByRole('combobox', { name: 'Voting' })
    .selectOption({ label: 'Scribe: room tally' });
  const tally = card(page, 'Accountability', 'Beta').getByRole('spinbutton', {
    name: 'Tally for card',
  });
  await tally.fill('1');
  await tally.press('Enter');
  await expect(card(page, 'Accountability', 'Beta').getByLabel('1 vote')).toBeVisible();

  await page.getByRole('button', { name: 'Sort Accountability by votes' }).click();
  await expect(
    region(page, 'Accountability').getByRole('listitem').locator('.card-text'),
  ).toHaveText(['Gamma', 'Beta', 'Alpha']);
  await pressOnBoard(page, 'Control+z');
  await expect(
    region(page, 'Accountability').getByRole('listitem').locator('.card-text'),
  ).toHaveText(['Alpha', 'Beta', 'Gamma']);
});

test('a conclusion links to the cards it draws on, shown both ways, and each link leads to the other card', async ({
  page,
}) => {
  await createSessionViaUi(page, 'Links', 'P');
  await addCardViaUi(page, 'Legitimacy', 'Residents were not asked');
  await addCardViaUi(page, 'Practicability', 'Outcomes depend on both sides');
  await addCardViaUi(page, 'Conclusions', 'Outcomes must be negotiated');
  const conclusion = card(page, 'Conclusions', 'Outcomes must be negotiated');

  await conclusion.getByRole('button', { name: 'Card details' }).click();
  // The box follows the saved card (a command round trip), so it is clicked, then checked for.
  await conclusion.getByRole('checkbox', { name: 'Surprising' }).click();
  await expect(conclusion.getByRole('checkbox', { name: 'Surprising' })).toBeChecked();
  await expect(conclusion).toContainText('Surprising');
  await conclusion.getByRole('button', { name: 'Link cards…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Link cards to this conclusion' });
  await dialog.getByRole('searchbox', { name: 'Find cards to link' }).fill('both sides');
  await dialog.getByRole('checkbox', { name: /Outcomes depend on both sides/ }).check();
  await dialog.getByRole('button', { name: /Save links/ }).click();
  await expect(dialog).toHaveCount(0);

  await conclusion
    .getByRole('button', { name: 'Go to linked card: Outcomes depend on both sides' })
    .click();
  await expect(card(page, 'Practicability', 'Outcomes depend on both sides')).toBeFocused();
  await card(page, 'Practicability', 'Outcomes depend on both sides')
    .getByRole('button', { name: 'Go to conclusion: Outcomes must be negotiated' })
    .click();
  await expect(conclusion).toBeFocused();

  await pressOnBoard(page, 'Control+z');
  await expect(conclusion.getByRole('button', { name: /Go to linked card/ })).toHaveCount(0);
  await pressOnBoard(page, 'Control+Shift+z');
  await expect(conclusion.getByRole('button', { name: /Go to linked card/ })).toHaveCount(1);
});

test('search and filters narrow every lane by text, kind, party and votes', async ({ page }) => {
  await createSessionViaUi(page, 'Search', 'P');
  await addCardViaUi(page, 'Legitimacy', 'Consent of residents');
  await addCardViaUi(page, 'Legitimacy', 'Mandate from council');
  await addCardViaUi(page, 'Open questions', 'Who measures consent?');
  await addParticipants(page, [['Asha', 'Residents']]);
  await page
    .getByRole('dialog', { name: 'Participants' })
    .getByRole('button', { name: 'Done' })
    .click();

  await page.getByRole('searchbox', { name: 'Search cards' }).fill('CONSENT');
  await expect(region(page, 'Legitimacy').getByRole('listitem')).toHaveText([
    'Consent of residents',
  ]);
  await expect(region(page, 'Open questions').getByRole('listitem')).toHaveText([
    'Who measures consent?',
  ]);
  await expect(region(page, 'Legitimacy').getByLabel('1 of 2 cards shown')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();

  const mandate = card(page, 'Legitimacy', 'Mandate from council');
  await mandate.getByRole('button', { name: 'Card details' }).click();
  await mandate.getByRole('combobox', { name: 'Kind' }).selectOption('concern');
  await mandate
    .getByRole('combobox', { name: 'Raised by' })
    .selectOption({ label: 'Asha (Residents)' });
  await page.getByRole('combobox', { name: 'Filter by kind' }).selectOption('concern');
  await expect(region(page, 'Legitimacy').getByRole('listitem').locator('.card-text')).toHaveText([
    'Mandate from council',
  ]);
  await page.getByRole('combobox', { name: 'Filter by kind' }).selectOption('any');
  await page.getByRole('combobox', { name: 'Filter by party' }).selectOption('Residents');
  await expect(region(page, 'Legitimacy').getByRole('listitem').locator('.card-text')).toHaveText([
    'Mandate from council',
  ]);
  await expect(region(page, 'Open questions').getByRole('listitem')).toHaveCount(0);
  await page.getByRole('combobox', { name: 'Filter by party' }).selectOption('any');
  await page.getByRole('combobox', { name: 'Filter by votes' }).selectOption('1');
  await expect(region(page, 'Legitimacy').getByRole('listitem')).toHaveCount(0);
  await expect(region(page, 'Legitimacy').getByText('No cards match the filter.')).toBeVisible();
});

test('a session holds several propositions, each with its own cards', async ({ page }) => {
  await createSessionViaUi(page, 'Props', 'The state should move to social productivity');
  await addCardViaUi(page, 'Legitimacy', 'On the first proposition');
  await page.getByRole('button', { name: 'Add proposition' }).click();
  await page
    .getByRole('textbox', { name: 'New proposition' })
    .fill('Outcomes should be negotiated');
  await page.getByRole('textbox', { name: 'New proposition' }).press('Enter');
  await expect(page.getByRole('region', { name: 'Proposition' })).toContainText(
    'Outcomes should be negotiated',
  );
  await expect(region(page, 'Legitimacy').getByRole('listitem')).toHaveCount(0);
  await addCardViaUi(page, 'Legitimacy', 'On the second proposition');
  await page.getByRole('combobox', { name: 'Switch proposition' }).selectOption({ index: 0 });
  await expect(region(page, 'Legitimacy').getByRole('listitem')).toHaveText([
    'On the first proposition',
  ]);
});
