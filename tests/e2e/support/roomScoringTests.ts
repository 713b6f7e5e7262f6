import { join } from 'node:path';

import { expect, test, type Page } from '@playwright/test';

import { addCardViaUi, createSessionViaUi } from './board';
import { joinFromPhone, openTheRoom, phoneViolations } from './room';

// Practicability scores from phones (docs/room.md, docs/synthesis.md), declared inside
// room.spec.ts: every test that opens the room runs in that one serial file. Loopback only.

const SCREENSHOTS = process.env.PARLEY_SCREENSHOTS;
const POINT = 'The youth workers’ contracts end in March';

/** Chooses one 1–5 score per criterion on the phone's row for a point. */
async function scoreOnPhone(item: ReturnType<Page['locator']>, scores: Record<string, string>) {
  for (const [criterion, value] of Object.entries(scores))
    await item.getByRole('group', { name: criterion }).getByRole('radio', { name: value }).check();
}

/** The practicability-from-phones test; room.spec.ts declares it after its own. */
export function scoringFromPhonesTests(): void {
  test('phones score practicability while scoring is open; the point shows the median with the facilitator’s score', async ({
    page,
    browser,
  }) => {
    test.slow();
    await createSessionViaUi(page, 'Scoring', 'The council funds youth work for three years.');
    await addCardViaUi(page, 'Practicability', POINT);
    const panel = page.getByRole('region', { name: 'Balance of voices' });
    await panel.getByText('Balance of voices and practicability').click();
    // The facilitator's own score: 4, 1, 2 (mean 2.3 on the chart).
    for (const [criterion, value] of [
      ['Evidence', '4'],
      ['Capacity', '1'],
      ['Control', '2'],
    ])
      await panel
        .getByRole('combobox', { name: `${criterion} for “${POINT}”` })
        .selectOption(value!);
    const chartTable = panel.getByRole('table', { name: /^Practicability scores and importance/ });
    await expect(chartTable.getByRole('row', { name: new RegExp(POINT) })).toContainText('2.3');
    // No room, no phone scoring.
    await expect(panel.getByRole('button', { name: 'Score on phones' })).toHaveCount(0);

    const joinUrl = await openTheRoom(page);
    const { phone, context } = await joinFromPhone(browser, joinUrl);
    const scoring = phone.getByRole('region', { name: 'Score practicability' });
    await expect(scoring).toBeHidden();

    await panel.getByRole('button', { name: 'Score on phones' }).click();
    const item = scoring.getByRole('listitem').filter({ hasText: POINT });
    await expect(item).toBeVisible();
    // Usable by touch and a screen reader, in either colour scheme: named groups, 44 px targets.
    expect(await phoneViolations(phone, '#scoring')).toEqual([]);
    const choice = await item.getByRole('radio', { name: '5' }).first().boundingBox();
    expect(Math.min(choice!.width, choice!.height)).toBeGreaterThanOrEqual(44);
    // Send with a criterion missing: the phone says so and sends nothing.
    await scoreOnPhone(item, { Evidence: '2', Capacity: '3' });
    await item.getByRole('button', { name: 'Send' }).click();
    await expect(item.getByRole('status')).toHaveText('Choose a score for each of the three.');
    await scoreOnPhone(item, { Control: '2' });
    await item.getByRole('button', { name: 'Send' }).click();
    await expect(item.getByRole('status')).toHaveText('Scored');

    // The point now shows the median per criterion of both voices, the lower middle of two:
    // evidence 2, capacity 1, control 2 (mean 1.7); the selects keep the facilitator's own.
    await expect(panel.getByText(/^Shown: Evidence 2 · Capacity 1 · Control 2/)).toContainText(
      'the median of your score and one phone’s',
    );
    await expect(chartTable.getByRole('row', { name: new RegExp(POINT) })).toContainText('1.7');
    await expect(panel.getByRole('combobox', { name: `Evidence for “${POINT}”` })).toHaveValue('4');
    if (SCREENSHOTS) {
      await phone.screenshot({ path: join(SCREENSHOTS, 'phone-scoring-360.png') });
      for (const [width, height] of [
        [1366, 768],
        [1920, 1080],
      ] as const) {
        await page.setViewportSize({ width, height });
        await page.screenshot({ path: join(SCREENSHOTS, `scoring-on-phones-${width}.png`) });
      }
    }

    // A reload is the same phone: it shows its own scores.
    await phone.reload();
    await expect(item.getByRole('status')).toHaveText('Scored');
    await expect(
      item.getByRole('group', { name: 'Capacity' }).getByRole('radio', { name: '3' }),
    ).toBeChecked();

    // Close scoring tells the phone; the scores stay on the point.
    await panel.getByRole('button', { name: 'Close scoring' }).click();
    await expect(scoring).toBeHidden();
    await expect(panel.getByRole('button', { name: 'Score on phones' })).toBeVisible();
    await expect(chartTable.getByRole('row', { name: new RegExp(POINT) })).toContainText('1.7');
    await context.close();
  });
}
