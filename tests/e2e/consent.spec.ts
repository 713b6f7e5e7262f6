import { expect, test } from '@playwright/test';

import {
  openAgreementAndGenerate,
  seedBoard,
  seriousViolations,
  startClauseRound,
} from './support/agreement';
import { openRoomOnTheDraft } from './support/presenter';

test('a consent round is taken privately, revealed as a spread by party on both screens, and a low stance becomes an objection', async ({
  page,
  context,
}) => {
  test.slow();
  await seedBoard(page);
  const room = await openRoomOnTheDraft(context, page);
  await openAgreementAndGenerate(page);

  const { clause, round } = await startClauseRound(page);

  await round.getByRole('combobox', { name: 'Party' }).selectOption({ label: 'Those who decide' });
  await round.getByRole('combobox', { name: 'Spoken by' }).fill('Asha');
  await round.getByRole('combobox', { name: 'Stance' }).selectOption({ label: '4 — support' });
  await round.getByRole('button', { name: 'Record stance' }).click();
  await expect(round.getByRole('status')).toHaveText('1 stance in — from Those who decide');

  // A low stance needs a reason, in the party's words.
  await round.getByRole('combobox', { name: 'Party' }).selectOption({ label: 'Those affected' });
  await round.getByRole('combobox', { name: 'Spoken by' }).fill('Tom');
  await round
    .getByRole('combobox', { name: 'Stance' })
    .selectOption({ label: '1 — serious objection' });
  await round.getByRole('button', { name: 'Record stance' }).click();
  await expect(round.getByRole('alert')).toContainText('is a low stance: say why');
  await round.getByRole('textbox', { name: /Reason/ }).fill('Saturdays are not funded');
  await round.getByRole('button', { name: 'Record stance' }).click();
  await expect(round.getByRole('status')).toHaveText(
    '2 stances in — from Those who decide, Those affected',
  );

  // Private until revealed: neither screen shows a stance.
  await expect(room.locator('.summary-round')).toContainText('2 stances in');
  await expect(room.getByText('serious objection')).toHaveCount(0);
  await expect(clause.locator('.status')).toHaveText('Proposed');
  expect(await seriousViolations(page)).toEqual([]);

  await round.getByRole('button', { name: 'Reveal' }).click();
  const spread = round.getByRole('list', { name: 'Spread by party' });
  await expect(spread).toContainText('Those who decide4 — support — Asha');
  await expect(spread).toContainText(
    'Those affected1 — serious objection — Tom: “Saturdays are not funded”',
  );
  await expect(room.getByRole('list', { name: 'Spread by party' })).toContainText(
    '1 — serious objection — Tom',
  );
  await expect(clause.locator('.status')).toHaveText('Contested');
  await expect(
    clause.getByRole('listitem', { name: 'Objection from Those affected' }),
  ).toContainText('Saturdays are not funded');

  await page.setViewportSize({ width: 1366, height: 768 });
  await clause.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('consent-1366.png') });
  await room.screenshot({ path: test.info().outputPath('consent-room-1920.png') });

  // The round is kept with the clause's history, and survives a reload.
  await page.reload();
  const after = page.getByRole('listitem', { name: 'Clause 3.1' });
  await after.getByText(/^History/).click();
  await expect(after.locator('.clause-history')).toContainText('Consent round (Fist to five)');
  await expect(after.locator('.clause-history')).toContainText('4 — support — Asha');
});
