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
  // Past the Frame stage, whose lane captures definitions rather than open questions.
  await page.getByRole('button', { name: 'Next stage' }).click();
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

/**
 * Generate draft opens the review step; `moves` puts a card (by its text) into another section
 * before the draft is written.
 */
export async function reviewAndWrite(page: Page, moves: Record<string, string> = {}) {
  await page.getByRole('button', { name: 'Generate draft' }).click();
  const review = page.getByRole('region', { name: 'Additions from the board' });
  for (const [text, to] of Object.entries(moves))
    await review
      .getByRole('listitem', { name: text })
      .getByRole('combobox', { name: 'Goes to' })
      .selectOption({ label: to });
  await review.getByRole('button', { name: /^(Write the draft|Add all|Add \d+ selected)/ }).click();
  await expect(review).toHaveCount(0);
}

/** Opens the agreement view and writes the first draft from the board. */
export async function openAgreementAndGenerate(page: Page, moves: Record<string, string> = {}) {
  await page.getByRole('button', { name: 'Agreement' }).click();
  await expect(page).toHaveURL(/#\/session\/[\w-]+\/agreement$/);
  await reviewAndWrite(page, moves);
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

/** Opens a fist-to-five consent round on clause 3.1; returns the clause and the round's region. */
export async function startClauseRound(page: Page) {
  const clause = page.getByRole('listitem', { name: 'Clause 3.1' });
  await clause.getByRole('button', { name: 'Check consent' }).click();
  const round = clause.getByRole('region', { name: 'Consent round' });
  await round.getByRole('combobox', { name: 'Scale' }).selectOption({ label: 'Fist to five' });
  await round.getByRole('button', { name: 'Start round' }).click();
  return { clause, round };
}
