import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

import { addCardViaUi, createSessionViaUi } from './board';

/** A board with one card in every lane, as a group leaves it before negotiating. */
export async function seedBoard(page: Page) {
  await createSessionViaUi(
    page,
    'Group B',
    'The state should move from social security to social productivity.',
  );
  await addCardViaUi(page, 'Legitimacy', 'The council has an elected mandate for library hours');
  await addCardViaUi(
    page,
    'Practicability',
    'If volunteers cannot staff Saturdays, then the library opens five days',
  );
  await addCardViaUi(
    page,
    'Accountability',
    'The library manager reports to the ward forum on hours kept',
  );
  await addCardViaUi(page, 'Conclusions', 'Outcomes are negotiated, not promised by one side');
  await addCardViaUi(page, 'Conclusions', 'The library stays open 6 days a week');
  await addCardViaUi(page, 'Open questions', 'Who pays for volunteer training?');
}

/** Opens the agreement view and writes the first draft from the board. */
export async function openAgreementAndGenerate(page: Page) {
  await page.getByRole('button', { name: 'Agreement' }).click();
  await expect(page).toHaveURL(/#\/session\/[\w-]+\/agreement$/);
  await page.getByRole('button', { name: 'Generate draft' }).click();
  await expect(
    page
      .getByRole('region', { name: 'Commitments of each party' })
      .getByRole('listitem', { name: 'Clause 3.1' }),
  ).toContainText('The library stays open 6 days a week');
}

export async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
