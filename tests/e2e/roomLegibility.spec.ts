import { expect, test, type Page } from '@playwright/test';

import { createSessionViaUi } from './support/board';
import { openRoomView, smallestShownFontPx } from './support/presenter';

// The room view legible at any volume (issue 21): no word on the wall smaller than 24 px at
// 1920 × 1080, scaled with the window; what does not fit is paged or counted, never shrunk.

/** Types cards into a lane's capture box without waiting on each (as a fast scribe would). */
async function typeCards(page: Page, lane: string, texts: readonly string[]) {
  const box = page.getByRole('textbox', { name: `Add to ${lane}` });
  await box.click();
  for (const text of texts) {
    await page.keyboard.type(text);
    await page.keyboard.press('Enter');
  }
  // Lanes are virtualised, so count by the lane's own count, not by its rendered items.
  await expect(page.getByRole('region', { name: lane }).locator('.lane-count')).toHaveText(
    String(texts.length),
  );
}

const SIZES = [
  { width: 1920, height: 1080, floor: 24 },
  { width: 1280, height: 720, floor: 16 },
] as const;

test('25 cards in a lane and a 14-clause draft: every word on the wall stays at or above the floor', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await createSessionViaUi(page, 'Crowded room', 'The state should aim at social productivity.');
  await typeCards(
    page,
    'Legitimacy',
    Array.from({ length: 25 }, (_, i) => `Legitimacy point ${i + 1}: who gave the mandate here?`),
  );
  await typeCards(
    page,
    'Conclusions',
    Array.from({ length: 14 }, (_, i) => `Conclusion ${i + 1}: the library stays open longer`),
  );
  await page.getByRole('button', { name: 'Present' }).click();
  const controls = page.getByRole('complementary', { name: 'Room view controls' });
  const room = await openRoomView(context, page);

  for (const size of SIZES) {
    await room.setViewportSize(size);
    const lane = room.getByRole('region', { name: 'Legitimacy' });
    // The lane shows the newest cards and says how many more there are.
    await expect(lane).toContainText(/\d+ more/);
    await expect(lane.getByRole('listitem').last()).toBeVisible();
    await expect(lane.getByRole('listitem').last()).toContainText('Legitimacy point 25');
    const board = await smallestShownFontPx(room);
    expect(
      board.px,
      `board at ${size.width}×${size.height}: "${board.text}"`,
    ).toBeGreaterThanOrEqual(size.floor - 0.5);
  }

  await page.getByRole('button', { name: 'Agreement', exact: true }).click();
  await page.getByRole('button', { name: 'Generate draft' }).click();
  await page.goBack();
  await page.getByRole('button', { name: 'Present' }).click();
  await controls.getByRole('button', { name: 'The draft' }).click();
  const draft = room.getByRole('article', { name: 'Agreement draft' });
  await expect(draft.locator('.summary-clause')).toHaveCount(14);

  for (const size of SIZES) {
    await room.setViewportSize(size);
    // Too long for one screen: it pages, and says where it is.
    await expect(room.getByText(/^Page 1 of \d+$/)).toBeVisible();
    const shown = await smallestShownFontPx(room);
    expect(
      shown.px,
      `draft at ${size.width}×${size.height}: "${shown.text}"`,
    ).toBeGreaterThanOrEqual(size.floor - 0.5);
  }
});
